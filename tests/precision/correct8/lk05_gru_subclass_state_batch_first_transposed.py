"""An nn.GRU subclass that takes and returns its state batch-first, (B, L, H), transposing
inside; callers build states batch-first for it."""
import torch
import torch.nn as nn


class BatchFirstStateGRU(nn.GRU):
    def forward(self, x, h=None):
        if h is not None:
            h = h.transpose(0, 1).contiguous()
        out, h = super().forward(x, h)
        return out, h.transpose(0, 1)


def probe():
    gru = BatchFirstStateGRU(3, 7, num_layers=2, batch_first=True)
    h = torch.zeros(5, 2, 7)
    out, h = gru(torch.randn(5, 4, 3), h)
    out, h = gru(torch.randn(5, 4, 3), h)
    assert out.shape == (5, 4, 7) and h.shape == (5, 2, 7)
