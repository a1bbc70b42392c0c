"""A 2-layer bidirectional GRU's h_0 is (2 * 2, B, H) = 4; the code writes num_layers *
num_directions, not a literal 4."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in, hidden, num_layers=2, bidirectional=True):
        super().__init__()
        self.num_layers, self.hidden = num_layers, hidden
        self.num_directions = 2 if bidirectional else 1
        self.gru = nn.GRU(n_in, hidden, num_layers, bidirectional=bidirectional, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers * self.num_directions, x.size(0), self.hidden)
        return self.gru(x, h0)[0]


def probe():
    result = Net(3, 4)(torch.randn(2, 5, 3)).shape
    assert result == (2, 5, 8)
    result = Net(3, 4, 1, False)(torch.randn(2, 5, 3)).shape
    assert result == (2, 5, 4)
