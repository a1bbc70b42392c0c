"""kwargs.pop with defaults; the remaining kwargs go to the layer."""
import torch
import torch.nn as nn


class Head(nn.Module):
    def __init__(self, in_dim, **kwargs):
        super().__init__()
        n_out = kwargs.pop("n_out", 2)
        bidirectional = kwargs.pop("bidirectional", False)
        hidden = kwargs.pop("hidden", 32)
        self.rnn = nn.GRU(in_dim, hidden, bidirectional=bidirectional, **kwargs)
        self.out = nn.Linear(hidden * (2 if bidirectional else 1), n_out)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def probe():
    m = Head(5, n_out=3, bidirectional=True, hidden=4, num_layers=2, dropout=0.1)
    out = m(torch.randn(6, 2, 5))
    assert out.shape == (6, 2, 3)
