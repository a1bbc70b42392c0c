"""A hyperparameter sweep: a loop over (hidden, layers, bidirectional) tuples builds a model
per tuple, with states and head from the tuple, and runs one batch through each."""
import itertools

import torch
import torch.nn as nn


def run_one(hidden, layers, bidirectional, x):
    rnn = nn.LSTM(x.size(-1), hidden, layers, batch_first=True, bidirectional=bidirectional)
    dirs = 2 if bidirectional else 1
    h0 = torch.zeros(layers * dirs, x.size(0), hidden)
    out, _ = rnn(x, (h0, h0.clone()))
    head = nn.Linear(dirs * hidden, 1)
    return head(out[:, -1])


def sweep():
    x = torch.randn(3, 6, 4)
    results = {}
    for hidden, layers, bidir in itertools.product((8, 16), (1, 2), (False, True)):
        results[(hidden, layers, bidir)] = run_one(hidden, layers, bidir, x).shape
    return results


def probe():
    assert set(sweep().values()) == {torch.Size([3, 1])}
