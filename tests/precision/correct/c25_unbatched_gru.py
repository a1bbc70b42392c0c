"""One sequence at a time, unbatched: input (L, H_in) and a 2-D state (num_layers, H_out)."""
import torch
import torch.nn as nn


class OnlineGRU(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.layers = layers
        self.hidden = hidden
        self.gru = nn.GRU(n_in, hidden, layers)
        self.readout = nn.Linear(hidden, 1)

    def forward(self, seq, h=None):
        if h is None:
            h = torch.zeros(self.layers, self.hidden)
        out, h = self.gru(seq, h)
        return self.readout(out), h


def probe():
    model = OnlineGRU(n_in=3, hidden=5, layers=2)
    y, h = model(torch.randn(7, 3))
    y, h = model(torch.randn(2, 3), h)
    assert y.shape == (2, 1) and h.shape == (2, 5)
