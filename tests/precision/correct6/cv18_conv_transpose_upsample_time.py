"""ConvTranspose1d doubles the frames; the channels it gives are the LSTM's input."""
import torch
import torch.nn as nn


class Upsampler(nn.Module):
    def __init__(self, n_in=8, ch=12, hidden=6):
        super().__init__()
        self.up = nn.ConvTranspose1d(n_in, ch, kernel_size=4, stride=2, padding=1)
        self.rnn = nn.LSTM(ch, hidden, batch_first=True)

    def forward(self, x):                        # (B, n_in, T)
        return self.rnn(self.up(x).transpose(1, 2))[0]


def probe():
    out = Upsampler()(torch.randn(2, 8, 10))
    assert out.shape == (2, 20, 6)
