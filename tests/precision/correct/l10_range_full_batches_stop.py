"""Windows cut with range(0, len(x) - bs, bs): the stop leaves out the short tail."""
import torch
import torch.nn as nn

BATCH = 6
series = torch.randn(40, 10, 2)
gru = nn.GRU(2, 4, batch_first=True)


def probe():
    h = torch.zeros(1, BATCH, 4)
    for i in range(0, len(series) - BATCH, BATCH):
        x = series[i:i + BATCH]
        out, _ = gru(x, h)
