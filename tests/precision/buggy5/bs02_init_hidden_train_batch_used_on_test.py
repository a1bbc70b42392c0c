# expect: LC009 line 30
"""init_hidden(batch_size) called with the training batch size for a test set of 10."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in, n_hid, layers):
        super().__init__()
        self.n_hid, self.layers = n_hid, layers
        self.rnn = nn.GRU(n_in, n_hid, layers, batch_first=True)

    def init_hidden(self, batch_size):
        return torch.zeros(self.layers, batch_size, self.n_hid)

    def forward(self, x, h):
        return self.rnn(x, h)


BATCH_SIZE = 32


def probe():
    net = Net(3, 6, 2)
    h = net.init_hidden(BATCH_SIZE)
    for _ in range(2):
        out, h = net(torch.randn(BATCH_SIZE, 5, 3), h)
        h = h.detach()
    test_x = torch.randn(10, 5, 3)
    net(test_x, net.init_hidden(BATCH_SIZE))  # fix: net.init_hidden(test_x.size(0))
