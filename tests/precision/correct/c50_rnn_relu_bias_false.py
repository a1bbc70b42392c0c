"""Plain nn.RNN with relu, no bias, and keyword arguments in unusual order."""
import torch
from torch import nn


class SimpleRNNRegressor(nn.Module):
    def __init__(self, n_in, n_hidden):
        super().__init__()
        self.rnn = nn.RNN(nonlinearity="relu", bias=False, hidden_size=n_hidden,
                          input_size=n_in, batch_first=True, num_layers=1)
        self.out = nn.Linear(n_hidden, 1)

    def forward(self, x, h0=None):
        y, h = self.rnn(x, h0)
        return self.out(y).squeeze(-1), h


def probe():
    model = SimpleRNNRegressor(n_in=2, n_hidden=5)
    y, h = model(torch.randn(3, 4, 2), torch.zeros(1, 3, 5))
    assert y.shape == (3, 4) and h.shape == (1, 3, 5)
