"""A stack of one-layer LSTMs of shrinking widths in a ModuleList, each with its own (h, c)
kept in a list; widths chained through zip."""
import torch
import torch.nn as nn


class Pyramid(nn.Module):
    def __init__(self, sizes=(16, 12, 8)):
        super().__init__()
        self.sizes = sizes
        self.rnns = nn.ModuleList(nn.LSTM(a, b, batch_first=True)
                                  for a, b in zip(sizes[:-1], sizes[1:]))

    def init_states(self, batch):
        return [(torch.zeros(1, batch, b), torch.zeros(1, batch, b)) for b in self.sizes[1:]]

    def forward(self, x, states):
        new = []
        for rnn, state in zip(self.rnns, states):
            x, state = rnn(x, state)
            new.append(state)
        return x, new


def probe():
    m = Pyramid()
    states = m.init_states(3)
    y, states = m(torch.randn(3, 4, 16), states)
    y, states = m(torch.randn(3, 4, 16), states)
    assert y.shape == (3, 4, 8)
