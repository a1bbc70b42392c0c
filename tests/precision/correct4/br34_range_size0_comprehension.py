"""[h_n[i] for i in range(h_n.size(0))] takes exactly the rows there are."""
import torch
import torch.nn as nn

gru = nn.GRU(2, 3, num_layers=3)


def probe():
    _, h_n = gru(torch.randn(4, 5, 2))
    rows = [h_n[i] for i in range(h_n.size(0))]
    assert len(rows) == 3 and torch.stack(rows).shape == (3, 5, 3)
