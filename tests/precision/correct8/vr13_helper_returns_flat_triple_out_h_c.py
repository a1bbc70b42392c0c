"""A helper returns a flat triple (out, h, c) rather than torch's nested pair; the caller
unpacks three and re-nests (h, c) for the next call."""
import torch
import torch.nn as nn


def step(lstm, x, h, c):
    out, (h, c) = lstm(x, (h, c))
    return out, h, c


def run(lstm, chunks):
    b = chunks[0].size(1)
    h = torch.zeros(lstm.num_layers, b, lstm.hidden_size)
    c = torch.zeros(lstm.num_layers, b, lstm.hidden_size)
    for chunk in chunks:
        out, h, c = step(lstm, chunk, h, c)
    return out, h, c


def probe():
    lstm = nn.LSTM(3, 8, 2)
    out, h, c = run(lstm, [torch.randn(4, 2, 3) for _ in range(3)])
    assert out.shape == (4, 2, 8) and h.shape == c.shape == (2, 2, 8)
