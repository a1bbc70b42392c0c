"""A stack of GRUs of given widths; the head takes the first width, not the last."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, n_in=8, widths=(32, 16), classes=4):
        super().__init__()
        sizes = (n_in,) + tuple(widths)
        self.rnns = nn.ModuleList(nn.GRU(a, b, batch_first=True) for a, b in zip(sizes, sizes[1:]))
        self.head = nn.Linear(widths[0], classes)  # expect: LC007

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return self.head(x[:, -1])


def probe():
    Stack()(torch.randn(2, 6, 8))
