"""The dict holds LSTM and GRU, but the file indexes it with the literal "gru" only: the state is
one tensor, right for the class it picks."""
import torch
import torch.nn as nn

CELLS = {"lstm": nn.LSTM, "gru": nn.GRU}


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.rnn = CELLS["gru"](n_in, hidden, layers)
        self.layers, self.hidden = layers, hidden

    def forward(self, x):
        h0 = torch.zeros(self.layers, x.size(1), self.hidden)
        return self.rnn(x, h0)[0]


def probe():
    assert Encoder(3, 5, 2)(torch.randn(4, 2, 3)).shape == (4, 2, 5)
