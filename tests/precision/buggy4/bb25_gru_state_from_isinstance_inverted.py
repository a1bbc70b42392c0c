# expect: LC009 line 14
"""The dispatch is inverted: the state made as a pair when the layer is a GRU."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 5, batch_first=True)

    def init_hidden(self, batch):
        h = torch.zeros(1, batch, 5)
        if isinstance(self.rnn, nn.GRU):  # fix: nn.LSTM
            return (h, torch.zeros_like(h))
        return h

    def forward(self, x):
        return self.rnn(x, self.init_hidden(x.size(0)))[0]


def probe():
    Model()(torch.randn(2, 4, 3))
