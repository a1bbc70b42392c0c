"""A property returns the recurrent layer from a ModuleDict; forward reads `self.rnn` through
the property, the head is sized for the layer's two directions."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.blocks = nn.ModuleDict({
            "rnn": nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True),
            "head": nn.Linear(2 * hidden, 1),
        })

    @property
    def rnn(self):
        return self.blocks["rnn"]

    @property
    def head(self):
        return self.blocks["head"]

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    assert Net(4, 6)(torch.randn(2, 3, 4)).shape == (2, 3, 1)
