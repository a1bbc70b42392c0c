# expect: LC008 line 23
"""The GRU's input is reduce(mul, PATCH) for 3x8x8 patches; the frames fed are 1x8x8."""
import functools
import operator

import torch
import torch.nn as nn

PATCH = (3, 8, 8)


class VideoGRU(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.gru = nn.GRU(functools.reduce(operator.mul, PATCH), hidden, batch_first=True)

    def forward(self, frames):
        b, t = frames.shape[:2]
        return self.gru(frames.reshape(b, t, -1))[0]


def probe():
    frames = torch.randn(2, 5, 1, 8, 8)  # fix: torch.randn(2, 5, *PATCH)
    VideoGRU()(frames)
