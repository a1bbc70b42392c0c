"""A ParameterGrid-like dict of lists expanded with itertools.product(*values)."""
import itertools

import torch
import torch.nn as nn

param_grid = {"hidden_size": [8, 16], "num_layers": [1, 2], "bidirectional": [False, True]}


def configs(grid):
    keys = list(grid)
    for values in itertools.product(*grid.values()):
        yield dict(zip(keys, values))


def probe():
    for params in configs(param_grid):
        rnn = nn.GRU(input_size=3, batch_first=True, **params)
        d = 2 if params["bidirectional"] else 1
        out, h = rnn(torch.randn(2, 4, 3))
        assert out.shape == (2, 4, d * params["hidden_size"])
        assert h.shape == (d * params["num_layers"], 2, params["hidden_size"])
