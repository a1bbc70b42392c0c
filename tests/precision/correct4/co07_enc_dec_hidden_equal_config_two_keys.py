"""Two config keys, enc_hidden and dec_hidden, both 64, and a Linear bridge between them, so
the code is right for any pair of values."""
import torch
import torch.nn as nn

config = {"enc_hidden": 64, "dec_hidden": 64, "emb": 8}


class Model(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.enc = nn.GRU(c["emb"], c["enc_hidden"], batch_first=True)
        self.bridge = nn.Linear(c["enc_hidden"], c["dec_hidden"])
        self.dec = nn.GRU(c["emb"], c["dec_hidden"], batch_first=True)

    def forward(self, src, tgt):
        _, h = self.enc(src)
        return self.dec(tgt, torch.tanh(self.bridge(h)))[0]


def probe():
    result = Model(config)(torch.randn(2, 5, 8), torch.randn(2, 3, 8)).shape
    assert result == (2, 3, 64)
    other = dict(config, dec_hidden=32)
    result = Model(other)(torch.randn(2, 5, 8), torch.randn(2, 3, 8)).shape
    assert result == (2, 3, 32)
