"""Every layer's final state as its own row: h_n.view(-1, H) gives (L*B, H), scored by a
Linear(H) and viewed back (L, B, 1): rows per layer on purpose."""
import torch
import torch.nn as nn

L, H = 3, 6
gru = nn.GRU(4, H, L)
score = nn.Linear(H, 1)


def probe():
    x = torch.randn(5, 2, 4)
    _, h = gru(x)
    per_layer = score(h.view(-1, H)).view(L, x.size(1), 1)
    assert per_layer.shape == (L, 2, 1)
