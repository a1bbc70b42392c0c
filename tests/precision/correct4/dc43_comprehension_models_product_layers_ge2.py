"""Models built in a list comprehension over a product whose layer counts are all >= 2, each
with dropout."""
from itertools import product

import torch
import torch.nn as nn

models = [nn.LSTM(4, h, n, dropout=0.25) for h, n in product((8, 16), (2, 3))]


def probe():
    for m in models:
        result = m(torch.randn(3, 2, 4))[0].shape[2]
        assert result == m.hidden_size
