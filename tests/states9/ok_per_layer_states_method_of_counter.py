# torch: runs
# Per-layer states from a method given the layer's index: two rows for each bidirectional
# layer, the last layer's width its own.
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=6, hid=10, last=4, layers=3):
        super().__init__()
        self.hid, self.last, self.n_layers = hid, last, layers
        self.rnns = nn.ModuleList([nn.LSTM(n_in if l == 0 else 2 * hid, last if l == layers - 1 else hid,
                                           bidirectional=True, batch_first=True) for l in range(layers)])

    def _state(self, l, bs):
        width = self.last if l == self.n_layers - 1 else self.hid
        return torch.zeros(2, bs, width), torch.zeros(2, bs, width)

    def forward(self, x):
        states = [self._state(l, x.size(0)) for l in range(self.n_layers)]
        for l, rnn in enumerate(self.rnns):
            x, _ = rnn(x, states[l])
        return x


def probe():
    Encoder()(torch.randn(3, 7, 6))
