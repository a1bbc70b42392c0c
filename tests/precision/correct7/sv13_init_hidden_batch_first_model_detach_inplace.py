"""A batch_first LSTM whose init_hidden puts the batch second; states detached in place each batch."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.hidden_size, self.layers = hidden, layers

    def init_hidden(self, batch_size):
        return [torch.zeros(self.layers, batch_size, self.hidden_size) for _ in range(2)]

    def forward(self, x, hidden):
        out, hidden = self.lstm(x, tuple(hidden))
        return out, list(hidden)


def probe():
    net = Net(4, 6, 2)
    hidden = net.init_hidden(3)
    for _ in range(3):
        out, hidden = net(torch.randn(3, 5, 4), hidden)
        for h in hidden:
            h.detach_()
    assert out.shape == (3, 5, 6)
