"""dataclasses.replace makes a bidirectional variant of a config; the head width follows it."""
import dataclasses

import torch
import torch.nn as nn


@dataclasses.dataclass
class RNNConfig:
    n_in: int = 8
    n_hidden: int = 16
    bidirectional: bool = False


class Model(nn.Module):
    def __init__(self, c: RNNConfig):
        super().__init__()
        self.rnn = nn.GRU(c.n_in, c.n_hidden, batch_first=True, bidirectional=c.bidirectional)
        self.head = nn.Linear(c.n_hidden * (1 + int(c.bidirectional)), 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    base = RNNConfig()
    bi = dataclasses.replace(base, bidirectional=True, n_in=4)
    out = Model(base)(torch.randn(2, 3, 8))
    assert out.shape == (2, 3, 1)
    out = Model(bi)(torch.randn(2, 3, 4))
    assert out.shape == (2, 3, 1)
