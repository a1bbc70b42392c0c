"""An autoregressive forecaster: input is features + 1 (the previous target), hidden named."""
import torch
import torch.nn as nn

N_FEATURES = 5
HIDDEN = 16
cell = nn.GRUCell(N_FEATURES + 1, HIDDEN)
head = nn.Linear(HIDDEN, 1)


def rollout(covariates, y0):
    h = torch.zeros(covariates.size(0), HIDDEN)
    y, ys = y0, []
    for t in range(covariates.size(1)):
        h = cell(torch.cat([covariates[:, t], y], dim=1), h)
        y = head(h)
        ys.append(y)
    return torch.cat(ys, 1)


def probe():
    assert rollout(torch.randn(4, 6, N_FEATURES), torch.zeros(4, 1)).shape == (4, 6)
