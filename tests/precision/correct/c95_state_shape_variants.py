"""Initial states made the many ways real code makes them; every one is (layers, B, hidden)."""
import torch
import torch.nn as nn


class Variants(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.size = (layers, 1, hidden)
        self.lstm = nn.LSTM(n_in, hidden, layers)
        self.h_init = nn.Parameter(torch.zeros(layers, 1, hidden))

    def states(self, x):
        batch = x.shape[1]
        yield torch.zeros(self.layers, *x.shape[1:2], self.hidden)
        yield torch.full((self.layers, batch, self.hidden), 0.0)
        yield nn.init.xavier_normal_(torch.empty(self.layers, batch, self.hidden))
        yield self.h_init.repeat(1, batch, 1)
        yield torch.zeros(self.size).expand(-1, batch, -1).contiguous()
        yield x.new_zeros(torch.Size([self.layers, batch, self.hidden]))

    def forward(self, x):
        outs = []
        for h in self.states(x):
            out, _ = self.lstm(x, (h, torch.zeros_like(h)))
            outs.append(out)
        return torch.stack(outs)


def probe():
    assert Variants(3, 4, 2)(torch.randn(5, 6, 3)).shape == (6, 5, 6, 4)
