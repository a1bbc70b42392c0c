"""A class attribute maps names to classes and to how many states each takes; the instance
keeps its kind and forward builds the states from the same table."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    CELLS = {"lstm": (nn.LSTM, 2), "gru": (nn.GRU, 1), "rnn_tanh": (nn.RNN, 1)}

    def __init__(self, kind, n_in, hidden, layers=1):
        super().__init__()
        cls, self.n_states = self.CELLS[kind]
        self.rnn = cls(n_in, hidden, layers)
        self.shape = (layers, hidden)

    def forward(self, x):
        zeros = [x.new_zeros(self.shape[0], x.size(1), self.shape[1]) for _ in range(self.n_states)]
        state = tuple(zeros) if self.n_states == 2 else zeros[0]
        return self.rnn(x, state)[0]


def probe():
    for kind in Encoder.CELLS:
        assert Encoder(kind, 4, 6, 2)(torch.randn(5, 3, 4)).shape == (5, 3, 6)
