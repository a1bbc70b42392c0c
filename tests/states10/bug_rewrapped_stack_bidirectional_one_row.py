# torch: RuntimeError: Expected hidden[0] size (2, 3, 8), got [1, 3, 8]
# An AWD-style encoder keeps its layers in a plain list and registers them by wrapping that
# list in a ModuleList under the same name; the layers are bidirectional, but the states are
# made with one row each, as for one direction.
import torch
from torch import nn


class StackedEncoder(nn.Module):
    def __init__(self, emb=16, hidden=8, layers=2, bidirectional=True):
        super().__init__()
        self.hidden = hidden
        self.rnns = [nn.LSTM(emb if l == 0 else 2 * hidden, hidden, 1, batch_first=True,
                             bidirectional=bidirectional) for l in range(layers)]
        self.rnns = nn.ModuleList(self.rnns)

    def forward(self, x):
        bs = x.size(0)
        h = x.new_zeros(1, bs, self.hidden)  # fix: one row per direction: x.new_zeros(2, bs, self.hidden)
        for rnn in self.rnns:
            x, _ = rnn(x, (h, h))
        return x


def probe():
    StackedEncoder()(torch.randn(3, 5, 16))
