"""nn.Flatten(1, 2) inside a conv Sequential joins channels and bins; the LSTM takes C * F."""
import torch
import torch.nn as nn

N_BINS = 16


class Model(nn.Module):
    def __init__(self, ch=4, hidden=7):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, ch, 3, padding=1), nn.ReLU(),
            nn.MaxPool2d((2, 1)),
            nn.Flatten(1, 2))                    # (B, ch * N_BINS / 2, T)
        self.lstm = nn.LSTM(ch * N_BINS // 2, hidden, batch_first=True)

    def forward(self, x):                        # (B, 1, N_BINS, T)
        return self.lstm(self.features(x).transpose(1, 2))[0]


def probe():
    out = Model()(torch.randn(2, 1, N_BINS, 9))
    assert out.shape == (2, 9, 7)
