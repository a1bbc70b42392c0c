"""The two directions summed (not concatenated): the head takes hidden, not 2 * hidden."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=9):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.GRU(n_in, hidden, bidirectional=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        out = out[:, :, : self.hidden] + out[:, :, self.hidden:]
        return self.head(out)


def probe():
    out = Model()(torch.randn(6, 2, 3))
    assert out.shape == (6, 2, 1)
