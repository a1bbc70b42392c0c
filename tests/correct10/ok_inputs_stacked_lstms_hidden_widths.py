"""Stacked LSTMs where each takes the previous one's hidden size, written as a list of
sizes."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, sizes=(12, 20, 10)):
        super().__init__()
        self.rnns = nn.ModuleList(nn.LSTM(sizes[i], sizes[i + 1], batch_first=True)
                                  for i in range(len(sizes) - 1))

    def forward(self, x):
        for rnn in self.rnns:
            x = rnn(x)[0]
        return x


def probe():
    Stack()(torch.randn(2, 4, 12))
