"""Unbatched LSTM with states made 2-D, (num_layers, hidden), as torch takes for a 2-D input."""
import torch
import torch.nn as nn

NUM_LAYERS, HIDDEN = 2, 9
lstm = nn.LSTM(4, HIDDEN, NUM_LAYERS)


def run(seq):
    h0 = torch.zeros(NUM_LAYERS, HIDDEN)
    c0 = torch.zeros(NUM_LAYERS, HIDDEN)
    out, (h, c) = lstm(seq, (h0, c0))
    return out


def probe():
    result = run(torch.randn(5, 4)).shape
    assert result == (5, HIDDEN)
