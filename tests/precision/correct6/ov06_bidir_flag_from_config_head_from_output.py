"""The head is built lazily from the first output's width: no size written for it."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["in"], cfg["hid"], bidirectional=cfg["bi"], batch_first=True)
        self.head = nn.LazyLinear(2)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def probe():
    for bi in (True, False):
        out = Model({"in": 3, "hid": 4, "bi": bi})(torch.randn(2, 5, 3))
        assert out.shape == (2, 2)
