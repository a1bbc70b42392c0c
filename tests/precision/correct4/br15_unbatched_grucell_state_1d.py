"""Online inference with a GRUCell: one unbatched step (input_size,) and state (hidden,)."""
import torch
import torch.nn as nn

cell = nn.GRUCell(3, 5)


def follow(stream):
    h = torch.zeros(5)
    for x in stream:
        h = cell(x, h)
    return h


def probe():
    result = follow(torch.randn(6, 3)).shape
    assert result == (5,)
