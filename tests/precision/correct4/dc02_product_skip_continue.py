"""A search loop over itertools.product that skips the combinations with dropout and a single
layer (`continue`)."""
from itertools import product

import torch
import torch.nn as nn

LAYERS = [1, 2]
DROPOUTS = [0.0, 0.25, 0.5]
HIDDENS = [8, 12]


class Model(nn.Module):
    def __init__(self, hidden, layers, dropout):
        super().__init__()
        self.rnn = nn.GRU(5, hidden, layers, dropout=dropout)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][-1])


def search():
    results = {}
    for layers, dropout, hidden in product(LAYERS, DROPOUTS, HIDDENS):
        if layers == 1 and dropout > 0:
            continue
        model = Model(hidden, layers, dropout)
        results[(layers, dropout, hidden)] = model(torch.randn(6, 3, 5)).shape
    return results


def probe():
    result = len(search())
    assert result == 2 + 3 * 2
    assert all(s == (3, 1) for s in search().values())
