"""h_n.squeeze(0) is a no-op on a 2-layer GRU's (2, B, H); the [-1] after it takes the last
layer, (B, H), the head's width."""
import torch
import torch.nn as nn

gru = nn.GRU(3, 6, num_layers=2, batch_first=True)
head = nn.Linear(6, 2)


def probe():
    _, h = gru(torch.randn(4, 5, 3))
    last = h.squeeze(0)[-1]
    result = head(last).shape
    assert result == (4, 2)
