"""A product grid passes dropout through **({"dropout": p} if n > 1 else {}): one-layer LSTMs get
none."""
import itertools

import torch
import torch.nn as nn

for n, p in itertools.product([1, 2, 3], [0.2, 0.5]):
    rnn = nn.LSTM(4, 8, n, **({"dropout": p} if n > 1 else {}))
    out, _ = rnn(torch.randn(3, 2, 4))


def probe():
    assert out.shape == (3, 2, 8)
