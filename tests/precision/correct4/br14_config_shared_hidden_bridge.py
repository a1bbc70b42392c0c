"""Encoder and decoder sizes read from one config dict; the bridge joins directions and the
decoder's width is written as 2 * cfg['hidden']."""
import torch
import torch.nn as nn

cfg = {"emb": 6, "hidden": 8, "layers": 2}


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["emb"], cfg["hidden"], cfg["layers"], bidirectional=True)

    def forward(self, x):
        _, (h, c) = self.rnn(x)
        join = lambda s: torch.cat([s[0::2], s[1::2]], dim=-1)
        return join(h), join(c)


class Decoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["emb"], 2 * cfg["hidden"], cfg["layers"])

    def forward(self, y, state):
        return self.rnn(y, state)[0]


def probe():
    enc, dec = Encoder(cfg), Decoder(cfg)
    result = dec(torch.randn(3, 2, 6), enc(torch.randn(5, 2, 6))).shape
    assert result == (3, 2, 16)
