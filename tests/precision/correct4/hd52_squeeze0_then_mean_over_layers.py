"""h_n.squeeze(0) (a no-op on a 2-layer GRU's state) then .mean(0): the layers averaged, one
row per sample, (B, H)."""
import torch
import torch.nn as nn

gru = nn.GRU(3, 6, num_layers=2, batch_first=True)
head = nn.Linear(6, 2)

_, h = gru(torch.randn(4, 5, 3))
scores = head(h.squeeze(0).mean(0))


def probe():
    assert scores.shape == (4, 2)
