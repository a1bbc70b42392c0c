"""out.chunk(2, dim=-1) splits the directions; each head takes one direction's hidden size."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=5, hidden=7):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, bidirectional=True)
        self.fwd_head = nn.Linear(hidden, 1)
        self.bwd_head = nn.Linear(hidden, 1)

    def forward(self, x):
        fwd, bwd = self.rnn(x)[0].chunk(2, dim=-1)
        return self.fwd_head(fwd) + self.bwd_head(bwd)


def probe():
    out = Model()(torch.randn(4, 3, 5))
    assert out.shape == (4, 3, 1)
