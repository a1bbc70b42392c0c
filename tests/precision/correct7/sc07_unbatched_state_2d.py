"""An unbatched sequence (T, F) with 2-D states (L, H), as torch allows."""
import torch
import torch.nn as nn


def generate(lstm, x, layers, hidden):
    h0 = torch.zeros(layers, hidden)
    c0 = torch.zeros(layers, hidden)
    out, (h, c) = lstm(x, (h0, c0))
    return out, h


def probe():
    lstm = nn.LSTM(5, 7, 2)
    out, h = generate(lstm, torch.randn(9, 5), 2, 7)
    assert out.shape == (9, 7) and h.shape == (2, 7)
