# torch: runs
# The encoder of bug_rewrapped_stack_bidirectional_one_row with a row per direction, and the
# same idiom with one-way layers and one row.
import torch
from torch import nn


class StackedEncoder(nn.Module):
    def __init__(self, emb=16, hidden=8, layers=2, bidirectional=True):
        super().__init__()
        self.hidden = hidden
        self.n_dir = 2 if bidirectional else 1
        self.rnns = [nn.LSTM(emb if l == 0 else self.n_dir * hidden, hidden, 1, batch_first=True,
                             bidirectional=bidirectional) for l in range(layers)]
        self.rnns = nn.ModuleList(self.rnns)

    def forward(self, x):
        h = x.new_zeros(self.n_dir, x.size(0), self.hidden)
        for rnn in self.rnns:
            x, _ = rnn(x, (h, h))
        return x


def probe():
    StackedEncoder()(torch.randn(3, 5, 16))
    StackedEncoder(bidirectional=False)(torch.randn(3, 5, 16))
