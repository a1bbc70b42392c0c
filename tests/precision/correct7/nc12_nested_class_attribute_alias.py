"""Nested classes used through a module-level alias and by a sibling nested class."""
import torch
import torch.nn as nn


class Blocks:
    class RNNBlock(nn.Module):
        def __init__(self, n_in, hidden):
            super().__init__()
            self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
            self.out_dim = 2 * hidden

        def forward(self, x):
            return self.rnn(x)[0]

    class Head(nn.Module):
        def __init__(self, block, classes):
            super().__init__()
            self.block = block
            self.fc = nn.Linear(block.out_dim, classes)

        def forward(self, x):
            return self.fc(self.block(x).mean(1))


RNNBlock = Blocks.RNNBlock


def probe():
    model = Blocks.Head(RNNBlock(4, 5), 3)
    assert model(torch.randn(2, 6, 4)).shape == (2, 3)
