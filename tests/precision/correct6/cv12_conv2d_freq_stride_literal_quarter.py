"""Two Conv2d with stride 2 on the bins (padding 1, kernel 3): 80 -> 40 -> 20; 20 * channels is fed."""
import torch
import torch.nn as nn


class ConvRNN(nn.Module):
    def __init__(self, channels=4, hidden=16):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, channels, 3, stride=2, padding=1), nn.ReLU(),
                                  nn.Conv2d(channels, channels, 3, stride=2, padding=1), nn.ReLU())
        self.rnn = nn.LSTM(channels * 20, hidden, batch_first=True)

    def forward(self, feats):                    # (B, T, 80)
        x = self.conv(feats.unsqueeze(1))        # (B, C, T/4, 20)
        b, c, t, f = x.size()
        x = x.transpose(1, 2).contiguous().view(b, t, c * f)
        return self.rnn(x)[0]


def probe():
    out = ConvRNN()(torch.randn(2, 40, 80))
    assert out.shape == (2, 10, 16)
