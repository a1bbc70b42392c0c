# expect: LC009 line 13
"""States made in __init__ for batch_size; the caller changes model.batch_size later but the
states are not re-made."""
import torch
import torch.nn as nn


class Stateful(nn.Module):
    def __init__(self, n_in, n_hid, batch_size):
        super().__init__()
        self.batch_size = batch_size
        self.lstm = nn.LSTM(n_in, n_hid, batch_first=True)
        self.state = (torch.zeros(1, batch_size, n_hid), torch.zeros(1, batch_size, n_hid))  # fix: re-make per batch

    def forward(self, x):
        out, state = self.lstm(x, self.state)
        self.state = tuple(s.detach() for s in state)
        return out


def probe():
    m = Stateful(3, 5, batch_size=8)
    m(torch.randn(8, 4, 3))
    m.batch_size = 1
    m(torch.randn(1, 4, 3))
