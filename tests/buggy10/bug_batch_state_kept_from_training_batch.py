"""A stateful forecaster carries its state from call to call; a prediction on a batch of
another size meets the training batch's state."""
import torch
import torch.nn as nn


class Stateful(nn.Module):
    def __init__(self, n_in=2, hidden=6, batch=4):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.state = (torch.zeros(1, batch, hidden), torch.zeros(1, batch, hidden))  # expect: LC009

    def forward(self, x):
        out, state = self.lstm(x, self.state)
        self.state = tuple(s.detach() for s in state)
        return out


def probe():
    model = Stateful()
    model(torch.randn(4, 10, 2))
    model(torch.randn(1, 10, 2))
