"""A state re-made from each batch's size inside the loop (no drop_last needed)."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Net(nn.Module):
    def __init__(self, hidden=9, layers=3):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, layers, batch_first=True, nonlinearity="relu")
        self.hidden, self.layers = hidden, layers

    def forward(self, x, h):
        return self.rnn(x, h)


def probe():
    net = Net()
    for (x,) in DataLoader(TensorDataset(torch.randn(23, 5, 2)), batch_size=10):
        h0 = torch.zeros(net.layers, x.shape[0], net.hidden)
        out, _ = net(x, h0)
        assert out.shape == (x.shape[0], 5, 9)
