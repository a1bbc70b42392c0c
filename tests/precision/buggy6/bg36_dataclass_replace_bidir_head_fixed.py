# expect: LC007 line 20
"""dataclasses.replace turns bidirectional on; the head is built from n_hidden alone."""
import dataclasses

import torch
import torch.nn as nn


@dataclasses.dataclass
class RNNConfig:
    n_in: int = 8
    n_hidden: int = 16
    bidirectional: bool = False


class Model(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.rnn = nn.GRU(c.n_in, c.n_hidden, batch_first=True, bidirectional=c.bidirectional)
        self.head = nn.Linear(c.n_hidden, 1)  # fix: c.n_hidden * (2 if c.bidirectional else 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    Model(dataclasses.replace(RNNConfig(), bidirectional=True))(torch.randn(2, 3, 8))
