"""Stacked: a BiLSTM of hidden 16 feeds a second LSTM whose input is 2*16 = 32, the same as the
embedding size; the second layer's input is written 2 * hidden, not emb."""
import torch
import torch.nn as nn

EMB, HIDDEN = 32, 16


class Two(nn.Module):
    def __init__(self):
        super().__init__()
        self.first = nn.LSTM(EMB, HIDDEN, bidirectional=True, batch_first=True)
        self.second = nn.LSTM(2 * HIDDEN, HIDDEN, batch_first=True)

    def forward(self, x):
        y, _ = self.first(x)
        return self.second(y)[0]


def probe():
    result = Two()(torch.randn(2, 5, EMB)).shape
    assert result == (2, 5, HIDDEN)
