"""cat(h[-2], h[-1]) (B, 2H) starts an LSTMCell of width 2H."""
import torch
import torch.nn as nn

enc = nn.LSTM(3, 4, bidirectional=True, batch_first=True)
cell = nn.LSTMCell(3, 8)


def probe():
    _, (h, c) = enc(torch.randn(2, 6, 3))
    hx, cx = torch.cat([h[-2], h[-1]], 1), torch.cat([c[-2], c[-1]], 1)
    for t in range(3):
        hx, cx = cell(torch.randn(2, 3), (hx, cx))
    assert hx.shape == (2, 8)
