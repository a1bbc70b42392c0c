"""Only the first two features are used: len(FEATURES[:2])."""
import torch
from torch import nn

FEATURES = ["x", "y", "z"]
USED = FEATURES[:2]
lstm = nn.LSTM(len(USED), 4, batch_first=True)


def probe():
    lstm(torch.randn(3, 5, 2))
