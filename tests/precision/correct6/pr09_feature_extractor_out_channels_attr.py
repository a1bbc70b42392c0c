"""A CNN front end records its out_channels; the GRU reads it rather than repeating the number."""
import torch
import torch.nn as nn


class FrontEnd(nn.Module):
    def __init__(self, in_ch, channels=(16, 32)):
        super().__init__()
        layers, prev = [], in_ch
        for ch in channels:
            layers += [nn.Conv1d(prev, ch, kernel_size=3, padding=1), nn.ReLU()]
            prev = ch
        self.net = nn.Sequential(*layers)
        self.out_channels = prev

    def forward(self, x):                        # (B, C, T)
        return self.net(x)


class CRNN(nn.Module):
    def __init__(self, in_ch=3, hidden=10):
        super().__init__()
        self.front = FrontEnd(in_ch, channels=(8, 12, 24))
        self.rnn = nn.GRU(self.front.out_channels, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(self.front(x).transpose(1, 2))[0]


def probe():
    out = CRNN()(torch.randn(2, 3, 30))
    assert out.shape == (2, 30, 10)
