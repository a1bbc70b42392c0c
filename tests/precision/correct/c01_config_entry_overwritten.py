"""A nested config dict whose decoder depth is overwritten before the model is built."""
import torch
import torch.nn as nn

config = {"encoder": {"hidden": 8, "layers": 2}, "decoder": {"hidden": 8, "layers": 1, "dropout": 0.2}}
config["decoder"]["layers"] = 2


class Decoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(4, cfg["hidden"], cfg["layers"], dropout=cfg["dropout"])

    def forward(self, y, h):
        return self.rnn(y, h)[0]


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(4, cfg["hidden"], cfg["layers"])

    def forward(self, x):
        return self.rnn(x)[1]


def probe():
    h = Encoder(config["encoder"])(torch.randn(5, 2, 4))
    Decoder(config["decoder"])(torch.randn(3, 2, 4), h)
