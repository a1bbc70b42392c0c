"""A sequence-first model (L, N, F): the states' batch is x.size(1), so any batch size works."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_features, hidden, layers=2):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.rnn = nn.LSTM(n_features, hidden, layers)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        batch = x.size(1)
        h0 = torch.zeros(self.layers, batch, self.hidden, device=x.device)
        c0 = torch.zeros(self.layers, batch, self.hidden, device=x.device)
        out, _ = self.rnn(x, (h0, c0))
        return self.head(out[-1])


def probe():
    model = Forecaster(4, 10)
    for batch in (32, 7, 1):
        model(torch.randn(12, batch, 4))
