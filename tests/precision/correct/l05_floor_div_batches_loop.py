"""Manual batching over n_batches = len(data) // bs: every batch is full."""
import torch
from torch import nn

bs = 10
data = torch.randn(95, 7, 3)
rnn = nn.LSTM(3, 6, batch_first=True)
h0 = torch.zeros(1, bs, 6)
c0 = torch.zeros(1, bs, 6)


def probe():
    n_batches = len(data) // bs
    for b in range(n_batches):
        x = data[b * bs:(b + 1) * bs]
        out, _ = rnn(x, (h0, c0))
