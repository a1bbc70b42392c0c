"""h_n.view(-1, H) of a 3-layer GRU gives rows layer by layer; the last B rows are the top
layer, (B, H), one row per sample."""
import torch
import torch.nn as nn

L, H = 3, 6
gru = nn.GRU(2, H, L)
fc = nn.Linear(H, 1)

x = torch.randn(5, 4, 2)
_, h_n = gru(x)
rows = h_n.view(-1, H)
top = rows[-x.size(1):]
scores = fc(top)


def probe():
    assert scores.shape == (4, 1)
    assert torch.equal(top, h_n[-1])
