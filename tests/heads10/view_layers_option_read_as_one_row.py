"""A forecaster takes its number of layers as an option, and every call site of the file leaves
it to the caller; its head reads the final state with `.view(batch, hidden)`, which holds for
one layer only."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_series, hidden, num_layers, horizon):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.RNN(n_series, hidden, num_layers=num_layers, batch_first=True)
        self.head = nn.Linear(hidden, horizon)

    def forward(self, window):
        _, h = self.rnn(window)
        return self.head(h.view(window.size(0), self.hidden))  # expect: LC007


def build(layers):
    return Forecaster(n_series=3, hidden=8, num_layers=layers, horizon=4)


def probe():
    build(2)(torch.randn(6, 20, 3))
