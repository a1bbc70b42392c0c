"""A wrapper whose own positional order (hidden first) differs from nn.GRU's; it maps by name."""
import torch
import torch.nn as nn


class Recurrent(nn.Module):
    def __init__(self, hidden_size, input_size, layers=1, bidirectional=False):
        super().__init__()
        self.rnn = nn.GRU(input_size=input_size, hidden_size=hidden_size, num_layers=layers,
                          bidirectional=bidirectional)

    def forward(self, x):
        return self.rnn(x)[0]


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = Recurrent(16, 3, 2, True)
        self.fc = nn.Linear(32, 1)

    def forward(self, x):
        return self.fc(self.enc(x))


def probe():
    out = Net()(torch.randn(5, 2, 3))
    assert out.shape == (5, 2, 1)
