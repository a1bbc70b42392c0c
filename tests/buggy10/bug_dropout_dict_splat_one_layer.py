"""Keywords come from a dict that sets dropout but no num_layers."""
import torch
import torch.nn as nn

RNN_ARGS = {"hidden_size": 24, "dropout": 0.25, "bidirectional": True}  # expect: LC006


class Net(nn.Module):
    def __init__(self, n_in=12):
        super().__init__()
        self.rnn = nn.GRU(n_in, **RNN_ARGS)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Net()(torch.randn(3, 2, 12))
