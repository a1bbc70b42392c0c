"""The collate_fn stacks samples on dim 1, so the loader already yields (T, B, F) for a
seq-first GRU: the training loop does not transpose."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader

samples = [torch.randn(9, 2) for _ in range(10)]


def collate(batch):
    return torch.stack(batch, dim=1)


loader = DataLoader(samples, batch_size=4, collate_fn=collate)
gru = nn.GRU(2, 5)


def probe():
    for x in loader:
        h0 = torch.zeros(1, x.size(1), 5)
        out, _ = gru(x, h0)
        assert out.shape == (9, x.size(1), 5)
