"""AdaptiveMaxPool2d((1, None)) collapses frequency: squeeze(2) leaves the channels as features."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, ch=16, hidden=12):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, ch, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                                  nn.AdaptiveMaxPool2d((1, None)))
        self.rnn = nn.LSTM(ch, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden * 2, 3)

    def forward(self, x):
        x = self.conv(x).squeeze(2).transpose(1, 2)   # (B, T', ch)
        return self.fc(self.rnn(x)[0])


def probe():
    out = Model()(torch.randn(2, 1, 40, 20))
    assert out.shape == (2, 10, 3)
