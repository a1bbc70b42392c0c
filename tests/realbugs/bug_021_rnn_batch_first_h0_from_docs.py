# source: https://github.com/pytorch/pytorch/issues/3851
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 5, 20), got [2, 3, 20]
"""The documentation's RNN example switched to batch_first=True for an Embedding pipeline:
the input is now read as (batch=5, seq=3, feature), but h0 still has the batch of 3."""
import torch
import torch.nn as nn
from torch.autograd import Variable


def probe():
    rnn = nn.RNN(10, 20, 2, batch_first=True)
    input = Variable(torch.randn(5, 3, 10))
    h0 = Variable(torch.randn(2, 3, 20))  # fix: states are never batch-first: (num_layers, batch=5, hidden) = randn(2, 5, 20)
    output, hn = rnn(input, h0)


if __name__ == "__main__":
    probe()
