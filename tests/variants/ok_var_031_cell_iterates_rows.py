# source: correct variant of bug_031 (the loop iterates a sequence of batched steps; the state kept as one tuple)
"""The iteration route of var_031, written right: the input is (steps, batch, features)."""
import torch
from torch import nn


def probe():
    cell = nn.LSTMCell(10, 20)
    inputs = torch.randn(6, 3, 10)
    state = (torch.randn(3, 20), torch.randn(3, 20))
    outputs = []
    for step in inputs:
        state = cell(step, state)
        outputs.append(state[0])
    return outputs


if __name__ == "__main__":
    probe()
