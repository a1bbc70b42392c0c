"""`functools.reduce(operator.mul, patch_shape)` gives a flattened patch's size; frames are
flattened with the same shape before the GRU."""
import functools
import operator

import torch
import torch.nn as nn

PATCH = (3, 8, 8)


class VideoGRU(nn.Module):
    def __init__(self, patch=PATCH, hidden=32):
        super().__init__()
        self.patch = patch
        self.gru = nn.GRU(functools.reduce(operator.mul, patch), hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 10)

    def forward(self, frames):
        b, t = frames.shape[:2]
        x = frames.reshape(b, t, -1)
        return self.fc(self.gru(x)[1][-1])


def probe():
    assert VideoGRU()(torch.randn(2, 5, *PATCH)).shape == (2, 10)
    assert VideoGRU((1, 4, 4))(torch.randn(2, 5, 1, 4, 4)).shape == (2, 10)
