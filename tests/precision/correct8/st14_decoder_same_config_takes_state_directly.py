"""An encoder and a decoder built from the same (layers, hidden) settings: the encoder's final
(h, c) goes to the decoder as it is (no bridge is needed when neither is bidirectional)."""
import torch
import torch.nn as nn

config = {"emb": 12, "hidden": 48, "layers": 3}


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["emb"], cfg["hidden"], cfg["layers"], batch_first=True)

    def forward(self, x):
        _, state = self.lstm(x)
        return state


class Decoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["emb"], cfg["hidden"], cfg["layers"], batch_first=True)
        self.proj = nn.Linear(cfg["hidden"], cfg["emb"])

    def forward(self, y, state):
        out, state = self.lstm(y, state)
        return self.proj(out), state


def probe():
    enc, dec = Encoder(config), Decoder(config)
    state = enc(torch.randn(2, 10, 12))
    out, _ = dec(torch.randn(2, 4, 12), state)
    assert out.shape == (2, 4, 12)
