"""Sizes kept in a tuple and splatted: `nn.LSTM(*SIZES)`; the state shape is built from the
same tuple by index."""
import torch
import torch.nn as nn

SIZES = (10, 20, 2)  # input_size, hidden_size, num_layers


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(*SIZES)
        self.head = nn.Linear(SIZES[1], 1)

    def forward(self, x):
        h = torch.zeros(SIZES[2], x.size(1), SIZES[1])
        out, _ = self.lstm(x, (h, h))
        return self.head(out)


def probe():
    assert Model()(torch.randn(3, 4, 10)).shape == (3, 4, 1)
