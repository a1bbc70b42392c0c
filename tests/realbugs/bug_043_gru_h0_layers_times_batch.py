# source: https://github.com/pytorch/pytorch/issues/3259
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 3, 5), got [20000, 3, 5]
"""The report's reproduction: a 2-layer GRU given an h0 whose first dimension is 2*1*10000
(older releases accepted it silently; torch now checks it)."""
import torch
from torch.autograd import Variable

input_size = 4
hidden_size = 5


def probe():
    gru = torch.nn.GRU(input_size, hidden_size, 2)
    input = Variable(torch.randn(10, 3, input_size))
    h0 = Variable(torch.randn(2 * 1 * 10000, 3, hidden_size))  # fix: (num_layers * num_directions, batch, hidden) = randn(2 * 1, 3, hidden_size)
    gru(input, h0)


if __name__ == "__main__":
    probe()
