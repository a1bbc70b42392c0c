"""A one-layer bidirectional GRU's h_n has two rows, the directions: `fwd, bwd = h_n` unpacks
them (not an LSTM's (h, c))."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=3, hidden=5):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        _, h_n = self.gru(x)
        fwd, bwd = h_n
        return self.fc(torch.cat([fwd, bwd], dim=-1))


def probe():
    result = Encoder()(torch.randn(4, 6, 3)).shape
    assert result == (4, 2)
