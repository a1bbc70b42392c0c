"""An encoder interface that always returns its final state as a tuple: (h,) for its GRU; the
GRU decoder unpacks with `h, = state`."""
import torch
import torch.nn as nn


class GRUEncoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        out, h = self.rnn(x)
        return out, (h,)


class GRUDecoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, y, state):
        h, = state
        out, h = self.rnn(y, h)
        return out, (h,)


def probe():
    enc, dec = GRUEncoder(3, 6), GRUDecoder(2, 6)
    _, state = enc(torch.randn(2, 5, 3))
    out, state = dec(torch.randn(2, 4, 2), state)
    assert out.shape == (2, 4, 6) and len(state) == 1
