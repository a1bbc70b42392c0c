"""A one-layer bidirectional GRU's h_n squeezed (no-op), permuted to (B, 2, H) and flattened
to (B, 2H): one row per sample for a Linear(2H)."""
import torch
import torch.nn as nn

gru = nn.GRU(3, 6, bidirectional=True)
head = nn.Linear(12, 2)

_, h = gru(torch.randn(4, 5, 3))
features = h.squeeze(0).permute(1, 0, 2).flatten(1)
scores = head(features)


def probe():
    assert scores.shape == (5, 2)
