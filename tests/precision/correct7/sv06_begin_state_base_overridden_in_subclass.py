"""A library-style base class's begin_state makes one tensor; the LSTM subclass overrides it to
return (h, c)."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, rnn, hidden, layers):
        super().__init__()
        self.rnn, self.hidden, self.layers = rnn, hidden, layers

    def begin_state(self, batch_size):
        return torch.zeros(self.layers, batch_size, self.hidden)

    def forward(self, x, state=None):
        if state is None:
            state = self.begin_state(x.size(1))
        return self.rnn(x, state)


class GRUDecoder(Decoder):
    def __init__(self, n_in, hidden, layers):
        super().__init__(nn.GRU(n_in, hidden, layers), hidden, layers)


class LSTMDecoder(Decoder):
    def __init__(self, n_in, hidden, layers):
        super().__init__(nn.LSTM(n_in, hidden, layers), hidden, layers)

    def begin_state(self, batch_size):
        h = torch.zeros(self.layers, batch_size, self.hidden)
        return h, torch.zeros_like(h)


def probe():
    x = torch.randn(6, 2, 4)
    assert GRUDecoder(4, 5, 2)(x)[0].shape == (6, 2, 5)
    assert LSTMDecoder(4, 5, 3)(x)[0].shape == (6, 2, 5)
