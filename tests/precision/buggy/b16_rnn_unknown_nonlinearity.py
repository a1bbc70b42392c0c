# expect: LC005 line 10
"""nn.RNN takes tanh or relu only."""
import torch
import torch.nn as nn


class Elman(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, nonlinearity="gelu")  # fix: "tanh" or "relu"

    def forward(self, x):
        return self.rnn(x)


def probe():
    Elman(4, 8)(torch.randn(3, 2, 4))
