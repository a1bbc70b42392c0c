# expect: LC008 line 11
"""Bidirectional LSTMs built alike in a comprehension with the model width and chained in a
loop: from the second on, each is fed 2H."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, d, depth):
        super().__init__()
        self.rnns = nn.ModuleList([nn.LSTM(d, d, batch_first=True, bidirectional=True)  # fix: nn.LSTM(d, d // 2, ...)
                                   for _ in range(depth)])

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return x


def probe():
    Stack(8, 3)(torch.randn(2, 5, 8))
