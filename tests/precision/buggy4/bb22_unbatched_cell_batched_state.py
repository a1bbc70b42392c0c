# expect: LC009 line 10
"""An LSTMCell stepping one unbatched sample (F,) with states made (1, H)."""
import torch
import torch.nn as nn

cell = nn.LSTMCell(3, 4)


def run(xs):
    h, c = torch.zeros(1, 4), torch.zeros(1, 4)  # fix: torch.zeros(4), torch.zeros(4)
    for x in xs:
        h, c = cell(x, (h, c))
    return h


def probe():
    run(torch.randn(5, 3))
