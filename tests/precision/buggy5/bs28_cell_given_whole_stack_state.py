# expect: LC009 line 14
"""An LSTMCell decoder given the encoder LSTM's (layers, B, H) states instead of one layer's."""
import torch
import torch.nn as nn

encoder = nn.LSTM(4, 6, num_layers=2)
cell = nn.LSTMCell(4, 6)


def run(src, steps=3):
    _, (h, c) = encoder(src)
    x = src[-1]
    for _ in range(steps):
        h, c = cell(x, (h, c))  # fix: (h[-1], c[-1])
    return h


def probe():
    run(torch.randn(5, 2, 4))
