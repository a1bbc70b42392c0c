"""A strided Conv1d subsamples time 4x (frames), not features; the LSTM's input is the conv's channels."""
import torch
import torch.nn as nn


class Subsampler(nn.Module):
    def __init__(self, idim=40, odim=64):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(idim, odim, 3, stride=2), nn.ReLU(),
                                  nn.Conv1d(odim, odim, 3, stride=2), nn.ReLU())
        self.odim = odim

    def forward(self, x):                        # (B, T, idim)
        return self.conv(x.transpose(1, 2)).transpose(1, 2)


class Encoder(nn.Module):
    def __init__(self, idim=40, hidden=30):
        super().__init__()
        self.sub = Subsampler(idim, 48)
        self.lstm = nn.LSTM(self.sub.odim, hidden, num_layers=2, batch_first=True)

    def forward(self, x):
        return self.lstm(self.sub(x))[0]


def probe():
    out = Encoder()(torch.randn(2, 100, 40))
    assert out.shape == (2, 24, 30)
