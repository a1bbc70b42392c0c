"""The states' form follows the input's: 2-D states when x.dim() == 2, 3-D otherwise."""
import torch
import torch.nn as nn


class Flexible(nn.Module):
    def __init__(self, n_in=3, hid=4, layers=2):
        super().__init__()
        self.hid, self.layers = hid, layers
        self.lstm = nn.LSTM(n_in, hid, layers)

    def forward(self, x):
        if x.dim() == 2:
            shape = (self.layers, self.hid)
        else:
            shape = (self.layers, x.size(1), self.hid)
        return self.lstm(x, (torch.zeros(shape), torch.zeros(shape)))[0]


def probe():
    m = Flexible()
    m(torch.randn(6, 3))
    m(torch.randn(6, 2, 3))
