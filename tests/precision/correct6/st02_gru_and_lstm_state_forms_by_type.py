"""One model for GRU or LSTM: the initial state is a tensor for GRU, a pair for LSTM."""
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, rnn_type="LSTM", n_in=5, hidden=7, layers=2):
        super().__init__()
        self.rnn_type = rnn_type
        self.rnn = getattr(nn, rnn_type)(n_in, hidden, layers)
        self.hidden, self.layers = hidden, layers

    def init_hidden(self, bsz):
        h = torch.zeros(self.layers, bsz, self.hidden)
        if self.rnn_type == "LSTM":
            return (h, torch.zeros(self.layers, bsz, self.hidden))
        return h

    def forward(self, x):
        return self.rnn(x, self.init_hidden(x.size(1)))[0]


def probe():
    for kind in ("LSTM", "GRU", "RNN"):
        out = RNNModel(kind)(torch.randn(4, 3, 5))
        assert out.shape == (4, 3, 7)
