"""Dilated Conv1d blocks with padding chosen to keep length; the GRU takes the channels."""
import torch
import torch.nn as nn


class TCNFront(nn.Module):
    def __init__(self, n_in=6, channels=20, hidden=16):
        super().__init__()
        blocks = []
        for i, d in enumerate((1, 2, 4)):
            blocks += [nn.Conv1d(n_in if i == 0 else channels, channels, 3, padding=d, dilation=d),
                       nn.ReLU()]
        self.tcn = nn.Sequential(*blocks)
        self.gru = nn.GRU(channels, hidden, batch_first=True)

    def forward(self, x):                        # (B, T, n_in)
        x = self.tcn(x.transpose(1, 2)).transpose(1, 2)
        return self.gru(x)[0]


def probe():
    out = TCNFront()(torch.randn(2, 25, 6))
    assert out.shape == (2, 25, 16)
