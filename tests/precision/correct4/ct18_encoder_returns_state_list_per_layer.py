"""An encoder of separate one-layer GRUs returns a list of per-layer states; a decoder of the
same layers takes them back one by one."""
import torch
import torch.nn as nn


class LayerwiseEncoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.rnns = nn.ModuleList([nn.GRU(n_in if i == 0 else hidden, hidden) for i in range(layers)])

    def forward(self, x):
        finals = []
        for rnn in self.rnns:
            x, h = rnn(x)
            finals.append(h)
        return x, finals


class LayerwiseDecoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.rnns = nn.ModuleList([nn.GRU(n_in if i == 0 else hidden, hidden) for i in range(layers)])

    def forward(self, y, states):
        for rnn, h in zip(self.rnns, states):
            y, _ = rnn(y, h)
        return y


def probe():
    enc, dec = LayerwiseEncoder(3, 8, 2), LayerwiseDecoder(4, 8, 2)
    _, states = enc(torch.randn(6, 2, 3))
    result = dec(torch.randn(5, 2, 4), states).shape
    assert result == (5, 2, 8)
