"""torch.split(out, H, dim=-1) into the directions, and a LayerNorm(2H) on the joined output."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.GRU(n_in, hidden, bidirectional=True)
        self.norm = nn.LayerNorm(2 * hidden)
        self.mix = nn.Linear(hidden, hidden)

    def forward(self, x):
        out, _ = self.rnn(x)
        fwd, bwd = torch.split(out, self.hidden, dim=-1)
        return self.norm(out), self.mix(fwd + bwd)


def probe():
    a, b = Model(3, 6)(torch.randn(4, 2, 3))
    assert a.shape == (4, 2, 12) and b.shape == (4, 2, 6)
