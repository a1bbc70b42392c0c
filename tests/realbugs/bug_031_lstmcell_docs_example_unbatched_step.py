# source: https://github.com/pytorch/pytorch/issues/54319
# rule: LC009
# torch: RuntimeError: hidden0 has inconsistent hidden_size: got 3, expected 20
"""The LSTMCell documentation example as it shipped: input is one (batch, features) matrix,
so input[i] is a single unbatched step of 10 features while (hx, cx) are batched (3, 20)."""
import torch
from torch import nn


def probe():
    rnn = nn.LSTMCell(10, 20)
    input = torch.randn(3, 10)  # fix: a sequence of steps: torch.randn(6, 3, 10)
    hx = torch.randn(3, 20)
    cx = torch.randn(3, 20)
    output = []
    for i in range(6):
        hx, cx = rnn(input[i], (hx, cx))
        output.append(hx)


if __name__ == "__main__":
    probe()
