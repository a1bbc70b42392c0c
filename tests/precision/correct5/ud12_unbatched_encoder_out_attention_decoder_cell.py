"""One unbatched sentence: a GRU encoder's (L, H) outputs attended by a GRUCell decoder with
a 1-D state from the encoder's last layer h[-1]."""
import torch
import torch.nn as nn

H = 6
encoder = nn.GRU(4, H, num_layers=2)
cell = nn.GRUCell(4 + H, H)


def decode(src, steps=3):
    memory, h = encoder(src)         # (L, H), (2, H)
    state = h[-1]                    # (H,)
    y = torch.zeros(4)
    for _ in range(steps):
        weights = torch.softmax(memory @ state, 0)
        context = weights @ memory
        state = cell(torch.cat([y, context]), state)
    return state


def probe():
    assert decode(torch.randn(7, 4)).shape == (H,)
