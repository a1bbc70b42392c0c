# source: https://github.com/pytorch/pytorch/issues/6178
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 1, 30), got [1, 100, 30]
"""The report's snippet: a (batch=1, seq=100, dim) tensor transposed to (100, 1, dim) for a
seq-first LSTM, with states built for a batch of 100."""
import torch
import torch.nn as nn
from torch.autograd import Variable


def probe():
    lstm = nn.LSTM(20, 30)
    X = Variable(torch.rand(1, 100, 20))
    hidden_temp = Variable(torch.rand(1, 100, 30))  # fix: after the transpose the batch is 1: torch.rand(1, 1, 30)
    hidden = (hidden_temp, hidden_temp)
    _, _ = lstm(X.transpose(0, 1), hidden)


if __name__ == "__main__":
    probe()
