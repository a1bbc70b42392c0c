# expect: LC008 line 13
"""ZeroPad2d then a kernel of 5 keeps the 12 bins; the LSTM counts the padded 16."""
import torch
import torch.nn as nn

BINS = 12


class Model(nn.Module):
    def __init__(self, ch=3, hidden=5):
        super().__init__()
        self.front = nn.Sequential(nn.ZeroPad2d((0, 0, 2, 2)), nn.Conv2d(1, ch, (5, 1)))
        self.rnn = nn.LSTM(ch * (BINS + 4), hidden, batch_first=True)  # fix: ch * BINS

    def forward(self, x):                        # (B, 1, BINS, T)
        y = self.front(x)
        return self.rnn(y.flatten(1, 2).transpose(1, 2))[0]


def probe():
    Model()(torch.randn(2, 1, BINS, 7))
