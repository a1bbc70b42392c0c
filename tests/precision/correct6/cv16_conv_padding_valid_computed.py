"""padding='valid' removes kernel - 1 bins; the input size subtracts it."""
import torch
import torch.nn as nn

N_FREQ = 30
KERNEL = 5


class Model(nn.Module):
    def __init__(self, ch=3, hidden=8):
        super().__init__()
        self.conv = nn.Conv2d(1, ch, KERNEL, padding="valid")
        self.rnn = nn.LSTM(ch * (N_FREQ - KERNEL + 1), hidden, batch_first=True)

    def forward(self, x):                        # (B, 1, N_FREQ, T)
        x = self.conv(x)
        return self.rnn(x.permute(0, 3, 1, 2).flatten(2))[0]


def probe():
    out = Model()(torch.randn(2, 1, N_FREQ, 12))
    assert out.shape == (2, 8, 8)
