"""A stateful model carries its state across calls and rebuilds it when the batch changes
size, as stateful Keras-style ports do."""
import torch
import torch.nn as nn


class StatefulGRU(nn.Module):
    def __init__(self, n_in=5, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.hidden = hidden
        self.state = None

    def forward(self, x):
        if self.state is None or self.state.size(1) != x.size(0):
            self.state = x.new_zeros(1, x.size(0), self.hidden)
        out, state = self.gru(x, self.state)
        self.state = state.detach()
        return out


def probe():
    model = StatefulGRU()
    model(torch.randn(4, 3, 5))
    model(torch.randn(4, 3, 5))
    model(torch.randn(2, 3, 5))
