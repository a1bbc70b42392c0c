"""Input laid out (B, 1, T, F) with stride 2 on the time axis only; F * channels is fed."""
import torch
import torch.nn as nn

N_FEATS = 26


class Model(nn.Module):
    def __init__(self, ch=5, hidden=9):
        super().__init__()
        self.conv = nn.Conv2d(1, ch, kernel_size=(3, 3), stride=(2, 1), padding=(1, 1))
        self.rnn = nn.LSTM(ch * N_FEATS, hidden, batch_first=True)

    def forward(self, x):                        # (B, T, N_FEATS)
        y = self.conv(x.unsqueeze(1))            # (B, ch, T/2, N_FEATS)
        b, c, t, f = y.shape
        return self.rnn(y.permute(0, 2, 1, 3).reshape(b, t, c * f))[0]


def probe():
    out = Model()(torch.randn(2, 10, N_FEATS))
    assert out.shape == (2, 5, 9)
