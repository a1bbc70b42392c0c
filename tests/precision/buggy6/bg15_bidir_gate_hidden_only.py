# expect: LC007 line 11
"""A gate over a BiLSTM's output built with hidden in_features, not 2 * hidden."""
import torch
import torch.nn as nn


class GatedEncoder(nn.Module):
    def __init__(self, n_in=10, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.gate = nn.Linear(hidden, 2 * hidden)  # fix: nn.Linear(2 * hidden, 2 * hidden)

    def forward(self, x):
        out, _ = self.rnn(x)
        return torch.sigmoid(self.gate(out)) * out


def probe():
    GatedEncoder()(torch.randn(2, 5, 10))
