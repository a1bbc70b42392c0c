"""Under batch_first the input is (batch, seq, feat) but h0 stays (layers, batch, hidden)."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_in=8, hidden=10, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.rnn = nn.RNN(n_in, hidden, layers, batch_first=True, nonlinearity="relu")

    def forward(self, x):
        h0 = torch.zeros(self.layers, x.size(0), self.hidden)
        return self.rnn(x, h0)[0]


def probe():
    Tagger()(torch.randn(4, 3, 8))
