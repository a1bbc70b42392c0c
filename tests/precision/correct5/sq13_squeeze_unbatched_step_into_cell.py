"""An LSTMCell given one unbatched step squeezed to 1-D and 1-D states: torch's unbatched cell."""
import torch
import torch.nn as nn

cell = nn.LSTMCell(4, 7)


def run(seq):  # (L, 1, 4)
    h = torch.zeros(7)
    c = torch.zeros(7)
    for x in seq:
        h, c = cell(x.squeeze(0), (h, c))
    return h


def probe():
    assert run(torch.randn(5, 1, 4)).shape == (7,)
