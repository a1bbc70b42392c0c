"""insert() and remove() change the list's length; 3 - 1 + 1 = 3 columns... then one more insert."""
import torch
import torch.nn as nn

COLUMNS = ["a", "b", "c"]
COLUMNS.insert(0, "t")
lags = [1, 2, 3]
lags.remove(2)
rnn = nn.LSTM(len(COLUMNS) + len(lags), 4)


def probe():
    rnn(torch.randn(5, 1, 6))
