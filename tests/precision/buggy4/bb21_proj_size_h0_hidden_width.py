# expect: LC009 line 11
"""An LSTM with proj_size whose h_0 is made hidden wide."""
import torch
import torch.nn as nn

HIDDEN, PROJ = 12, 4
lstm = nn.LSTM(3, HIDDEN, proj_size=PROJ)


def run(x):
    h0 = torch.zeros(1, x.size(1), HIDDEN)  # fix: PROJ
    c0 = torch.zeros(1, x.size(1), HIDDEN)
    return lstm(x, (h0, c0))


def probe():
    run(torch.randn(5, 2, 3))
