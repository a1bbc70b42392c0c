# expect: LC006 line 13
"""A nested sweep over layer counts (1 included) and dropouts that builds every pair."""
import torch
import torch.nn as nn

LAYERS = [1, 2]
DROPOUTS = [0.1, 0.3]


def probe():
    for n_layers in LAYERS:
        for p in DROPOUTS:
            rnn = nn.GRU(3, 5, n_layers, dropout=p)  # fix: dropout=p if n_layers > 1 else 0.0
            rnn(torch.randn(4, 2, 3))
