"""A Conv2d front end with stride 2 on frequency and time: the GRU's input is channels times
the frequency bins left, computed as (n_mels + 1) // 2 for kernel 3, padding 1."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_mels=80, channels=16, hidden=64, n_tokens=29):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, channels, kernel_size=3, stride=2, padding=1), nn.ReLU())
        freq = (n_mels + 1) // 2
        self.gru = nn.GRU(channels * freq, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_tokens)

    def forward(self, mel):
        x = self.conv(mel.unsqueeze(1))
        b, c, f, t = x.shape
        x = x.permute(0, 3, 1, 2).reshape(b, t, c * f)
        out, _ = self.gru(x)
        return self.fc(out)


def probe():
    assert CRNN()(torch.randn(2, 80, 50)).shape == (2, 25, 29)
    assert CRNN(n_mels=41)(torch.randn(2, 41, 30)).shape == (2, 15, 29)
