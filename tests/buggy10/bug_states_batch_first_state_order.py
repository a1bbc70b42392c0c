"""Under batch_first the author makes the state batch-first too, (batch, layers, hidden),
inside a generator expression over the two parts of the LSTM state."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=5, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True)

    def forward(self, x):
        state = tuple(torch.zeros(x.size(0), self.layers, self.hidden) for _ in range(2))  # expect: LC009
        return self.lstm(x, state)[0]


def probe():
    Model()(torch.randn(4, 6, 3))
