# source: https://github.com/pytorch/pytorch/issues/5860
# rule: LC009
# torch: RuntimeError: For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors
"""The report's snippet: a 2-D (h, c) for a batched 3-D input (the layer dimension is missing);
the input's features (5) also differ from input_size (3)."""
import torch
import torch.autograd as autograd
import torch.nn as nn


def probe():
    lstm = nn.LSTM(3, 2)
    hidden = (autograd.Variable(torch.zeros(3, 2)), autograd.Variable(torch.zeros(3, 2)))  # fix: (num_layers, batch, hidden) = zeros(1, 4, 2)
    input = autograd.Variable(torch.randn(6, 4, 5))
    lstm(input, hidden)


if __name__ == "__main__":
    probe()
