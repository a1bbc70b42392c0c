"""A batch generator that stops before a short batch; the LSTM's states use the batch size."""
import torch
import torch.nn as nn


def iterate(data, batch_size):
    for start in range(0, len(data), batch_size):
        batch = data[start:start + batch_size]
        if len(batch) < batch_size:
            break
        yield batch


class Net(nn.Module):
    def __init__(self, n_in, hidden, batch_size):
        super().__init__()
        self.h0 = torch.zeros(1, batch_size, hidden)
        self.c0 = torch.zeros(1, batch_size, hidden)
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.lstm(x, (self.h0, self.c0))[0]


def probe():
    net = Net(n_in=3, hidden=4, batch_size=6)
    for batch in iterate(torch.randn(20, 5, 3), 6):
        assert net(batch).shape == (6, 5, 4)
