"""A product over bidirectional and hidden: the head's width and h0's rows follow each
combination (1 + int(bidirectional), 1 + bidirectional)."""
import itertools

import torch
import torch.nn as nn

for bidirectional, hidden in itertools.product((False, True), (4, 8)):
    rnn = nn.GRU(3, hidden, batch_first=True, bidirectional=bidirectional)
    head = nn.Linear(hidden * (1 + int(bidirectional)), 2)
    out, h = rnn(torch.randn(2, 5, 3))
    y = head(out[:, -1])
    h0 = torch.zeros(1 + bidirectional, 2, hidden)
    out2, _ = rnn(torch.randn(2, 5, 3), h0)


def probe():
    assert y.shape == (2, 2) and out2.shape == out.shape
