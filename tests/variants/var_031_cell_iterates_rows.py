# source: variant of bug_031 (the loop iterates the input tensor itself; the state kept as one tuple)
# rule: LC009
# torch: RuntimeError: hidden0 has inconsistent hidden_size: got 3, expected 20
"""bug_031 with `for step in inputs:` instead of indexing, and the state rebound as a tuple:
each step is an unbatched row while the state is batched."""
import torch
from torch import nn


def probe():
    cell = nn.LSTMCell(10, 20)
    inputs = torch.randn(3, 10)  # fix: a sequence of batched steps: torch.randn(6, 3, 10)
    state = (torch.randn(3, 20), torch.randn(3, 20))
    outputs = []
    for step in inputs:
        state = cell(step, state)
        outputs.append(state[0])
    return outputs


if __name__ == "__main__":
    probe()
