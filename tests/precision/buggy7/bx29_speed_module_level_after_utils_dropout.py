# expect: LC006 line 23
"""Module-level layers after several utility functions: dropout on a one-layer LSTM."""
import math
import random
import warnings

import torch.nn as nn


def cosine_schedule(step, total):
    return 0.5 * (1 + math.cos(math.pi * step / total))


def shuffle(items):
    items = list(items)
    random.shuffle(items)
    return items


def probe():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nn.LSTM(4, 11, num_layers=1, dropout=0.1)  # fix: num_layers=2
