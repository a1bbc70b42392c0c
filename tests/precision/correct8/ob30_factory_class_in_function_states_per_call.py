"""A factory function returns a layer and a state maker closed over the same arguments; two
calls with different layers and directions, each state fits its own layer."""
import torch
import torch.nn as nn


def recurrent_with_state(n_in, hidden, layers, bidirectional):
    rnn = nn.LSTM(n_in, hidden, layers, bidirectional=bidirectional)
    rows = layers * (2 if bidirectional else 1)

    def initial(batch):
        return torch.zeros(rows, batch, hidden), torch.zeros(rows, batch, hidden)

    return rnn, initial


def probe():
    a, a0 = recurrent_with_state(4, 6, 1, False)
    b, b0 = recurrent_with_state(4, 10, 3, True)
    x = torch.randn(5, 2, 4)
    assert a(x, a0(2))[0].shape == (5, 2, 6)
    assert b(x, b0(2))[0].shape == (5, 2, 20)
