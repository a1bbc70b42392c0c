# expect: LC007 line 11
"""A gate of width H multiplies a bidirectional output of width 2H."""
import torch
import torch.nn as nn


class GatedEncoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.gate = nn.Linear(n_in, hidden)  # fix: nn.Linear(n_in, 2 * hidden)

    def forward(self, x):
        out, _ = self.rnn(x)
        return out * torch.sigmoid(self.gate(x))


def probe():
    GatedEncoder(3, 4)(torch.randn(2, 5, 3))
