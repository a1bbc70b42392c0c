"""Combinations filtered by a generator expression: one-layer ones only with dropout 0."""
from itertools import product

import torch
import torch.nn as nn

combos = ((n, p) for n, p in product((1, 2), (0.0, 0.5)) if n > 1 or p == 0.0)


def probe():
    built = 0
    for n, p in combos:
        nn.GRU(3, 4, n, dropout=p)(torch.randn(2, 1, 3))
        built += 1
    assert built == 3
