"""The state's shape is kept on self as a tuple and unpacked where the state is made."""
import torch
import torch.nn as nn


class Tracker(nn.Module):
    def __init__(self, n_in, hidden, layers, batch_size):
        super().__init__()
        self.state_size = (layers, batch_size, hidden)
        self.rnn = nn.LSTM(n_in, hidden, layers)

    def reset(self):
        self.state = (torch.zeros(*self.state_size), torch.zeros(*self.state_size))

    def forward(self, x):
        out, self.state = self.rnn(x, self.state)
        return out


def probe():
    tracker = Tracker(n_in=2, hidden=3, layers=2, batch_size=5)
    tracker.reset()
    assert tracker(torch.randn(4, 5, 2)).shape == (4, 5, 3)
