"""An RNNCell run on one unbatched sequence: 1-D steps with a 1-D state."""
import torch
from torch import nn

cell = nn.RNNCell(4, 6, nonlinearity="relu")
readout = nn.Linear(6, 2)


def run_sequence(sequence):
    h = torch.zeros(6)
    for step in sequence:
        h = cell(step, h)
    return readout(h)


def probe():
    assert run_sequence(torch.randn(5, 4)).shape == (2,)
