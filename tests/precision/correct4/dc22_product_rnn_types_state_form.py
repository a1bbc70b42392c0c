"""itertools.product over cell types and layer counts; the state follows the type."""
import itertools

import torch
import torch.nn as nn

CELLS = {"lstm": nn.LSTM, "gru": nn.GRU}


def probe():
    for kind, layers in itertools.product(CELLS, (1, 2)):
        rnn = CELLS[kind](4, 6, layers)
        h = torch.zeros(layers, 3, 6)
        state = (h, torch.zeros_like(h)) if kind == "lstm" else h
        out, _ = rnn(torch.randn(5, 3, 4), state)
        assert out.shape == (5, 3, 6)
