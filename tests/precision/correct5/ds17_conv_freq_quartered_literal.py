"""Two stride-2 Conv2d over 80 mel bins: 20 bins left, 32 channels, the GRU takes 32 * 20."""
import torch
import torch.nn as nn

N_MELS = 80


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 32, kernel_size=3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(32, 32, kernel_size=3, stride=2, padding=1), nn.ReLU())
        self.gru = nn.GRU(32 * (N_MELS // 4), 64, batch_first=True)

    def forward(self, x):                 # (B, 1, T, N_MELS)
        x = self.conv(x)                  # (B, 32, T/4, N_MELS/4)
        b, c, t, f = x.size()
        x = x.transpose(1, 2).contiguous().view(b, t, c * f)
        return self.gru(x)[0]


def probe():
    assert Encoder()(torch.randn(2, 1, 40, N_MELS)).shape == (2, 10, 64)
