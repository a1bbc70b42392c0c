"""forward calls self.init_hidden(x.size(0)) for a batch_first input; the helper puts the batch
second, as torch wants."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True, bidirectional=bidirectional)
        self.n = layers * (2 if bidirectional else 1)
        self.h = hidden

    def init_hidden(self, batch):
        self.h0 = torch.zeros(self.n, batch, self.h)
        self.c0 = torch.zeros(self.n, batch, self.h)

    def forward(self, x):
        self.init_hidden(x.size(0))
        out, _ = self.lstm(x, (self.h0, self.c0))
        return out


def probe():
    assert Model(3, 4, 2, True)(torch.randn(5, 6, 3)).shape == (5, 6, 8)
    assert Model(3, 4, 1, False)(torch.randn(5, 6, 3)).shape == (5, 6, 4)
