# torch: runs
# A CNN-LSTM squeezes the pooled height away with a bare .squeeze() but views the result back
# to (batch, steps, channels) from sizes it took before, so a batch of one keeps its batch dim;
# and a second model squeezes without giving states, where a 2-D input simply runs unbatched.
import torch
from torch import nn


class StripReader(nn.Module):
    def __init__(self, channels=8, hidden=16):
        super().__init__()
        self.hidden = hidden
        self.conv = nn.Conv2d(1, channels, 3, padding=1)
        self.pool = nn.AdaptiveAvgPool2d((1, None))
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)

    def forward(self, images):
        batch, width = images.size(0), images.size(3)
        features = self.pool(self.conv(images)).squeeze()
        features = features.view(batch, -1, width).transpose(1, 2)
        h0 = torch.zeros(1, batch, self.hidden)
        c0 = torch.zeros(1, batch, self.hidden)
        out, _ = self.lstm(features, (h0, c0))
        return out


class Summary(nn.Module):
    def __init__(self, features=6, hidden=10):
        super().__init__()
        self.gru = nn.GRU(features, hidden)

    def forward(self, x):
        out, h = self.gru(x.squeeze())
        return h


def probe():
    StripReader()(torch.randn(1, 1, 5, 9))
    StripReader()(torch.randn(3, 1, 5, 9))
    Summary()(torch.randn(7, 1, 6))
