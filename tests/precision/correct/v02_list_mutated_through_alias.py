"""The feature list grows through an alias (cols = FEATURES; cols.append(...))."""
import torch
from torch import nn

FEATURES = ["temp", "humidity"]
cols = FEATURES
cols.append("pressure")
gru = nn.GRU(len(FEATURES), 5)


def probe():
    gru(torch.randn(7, 2, 3))
