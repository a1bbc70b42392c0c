# expect: LC008 line 13
"""padding='valid' removes 4 of the 30 bins; the LSTM counts all 30."""
import torch
import torch.nn as nn

N_FREQ = 30


class Model(nn.Module):
    def __init__(self, ch=3, hidden=8):
        super().__init__()
        self.conv = nn.Conv2d(1, ch, 5, padding="valid")
        self.rnn = nn.LSTM(ch * N_FREQ, hidden, batch_first=True)  # fix: ch * (N_FREQ - 4)

    def forward(self, x):                        # (B, 1, N_FREQ, T)
        return self.rnn(self.conv(x).permute(0, 3, 1, 2).flatten(2))[0]


def probe():
    Model()(torch.randn(2, 1, N_FREQ, 12))
