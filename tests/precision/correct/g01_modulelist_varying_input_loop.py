"""A stack of LSTMs in a ModuleList: the first takes n_in features, the rest hidden."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, n_in, hidden, layers=3):
        super().__init__()
        self.rnns = nn.ModuleList(
            [nn.LSTM(n_in if i == 0 else hidden, hidden, batch_first=True) for i in range(layers)])
        self.drop = nn.Dropout(0.1)

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
            x = self.drop(x)
        return x


def probe():
    assert Stack(5, 9)(torch.randn(2, 6, 5)).shape == (2, 6, 9)
