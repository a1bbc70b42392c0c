"""squeeze() of a (B, 1, F) feature with B checked to be above 1 (batch-norm needs it) before
the sequence model."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm1d(6)
        self.lstm = nn.LSTM(6, 10)

    def forward(self, frames):  # frames: (L, B, 1, 6)
        L, B = frames.shape[:2]
        if B < 2:
            raise ValueError("batch norm in training needs a batch of at least 2")
        x = self.bn(frames.reshape(L * B, 6)).view(L, B, 1, 6).squeeze()
        return self.lstm(x)[0]


def probe():
    Model()(torch.randn(5, 4, 1, 6))
