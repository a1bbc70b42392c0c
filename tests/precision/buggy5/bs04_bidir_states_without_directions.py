# expect: LC009 line 16
"""States for a bidirectional 2-layer LSTM sized num_layers only."""
import torch
import torch.nn as nn


class BiTagger(nn.Module):
    def __init__(self, n_in=5, hidden=7, num_layers=2):
        super().__init__()
        self.hidden, self.num_layers = hidden, num_layers
        self.lstm = nn.LSTM(n_in, hidden, num_layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        b = x.size(0)
        h0 = torch.zeros(self.num_layers, b, self.hidden)  # fix: self.num_layers * 2
        out, _ = self.lstm(x, (h0, h0))
        return self.fc(out)


def probe():
    BiTagger()(torch.randn(3, 4, 5))
