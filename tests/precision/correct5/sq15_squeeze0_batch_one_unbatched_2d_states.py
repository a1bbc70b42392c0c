"""A (1, L, F) batch squeezed with squeeze(0) to one unbatched sequence, with 2-D states."""
import torch
import torch.nn as nn

LAYERS, HID = 2, 6
lstm = nn.LSTM(3, HID, LAYERS)


def run(x):   # (1, L, 3)
    seq = x.squeeze(0)
    h = torch.zeros(LAYERS, HID)
    c = torch.zeros(LAYERS, HID)
    out, _ = lstm(seq, (h, c))
    return out


def probe():
    assert run(torch.randn(1, 9, 3)).shape == (9, HID)
