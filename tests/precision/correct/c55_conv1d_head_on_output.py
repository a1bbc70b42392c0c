"""A Conv1d reads the bidirectional output channels-first: (N, 2*hidden, T)."""
import torch
import torch.nn as nn


class RecurrentConvHead(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.conv = nn.Conv1d(2 * hidden, n_out, kernel_size=3, padding=1)

    def forward(self, x):
        out, _ = self.gru(x)                 # (N, T, 2*hidden)
        return self.conv(out.transpose(1, 2))  # (N, n_out, T)


def probe():
    model = RecurrentConvHead(n_in=3, hidden=4, n_out=5)
    assert model(torch.randn(2, 9, 3)).shape == (2, 5, 9)
