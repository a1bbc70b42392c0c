"""A sigmoid gate of width 2H multiplies the bidirectional output elementwise."""
import torch
import torch.nn as nn


class GatedEncoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.gate = nn.Linear(2 * hidden, 2 * hidden)

    def forward(self, x):
        out, _ = self.rnn(x)
        return out * torch.sigmoid(self.gate(out))


def probe():
    assert GatedEncoder(3, 4)(torch.randn(2, 5, 3)).shape == (2, 5, 8)
