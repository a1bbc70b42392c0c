"""batch_first does not apply to h_n: h_n[-1] is (B, H) under batch_first too."""
import torch
import torch.nn as nn

gru = nn.GRU(6, 10, num_layers=2, batch_first=True)
out_layer = nn.Linear(10, 5)


def probe():
    _, h_n = gru(torch.randn(4, 3, 6))
    assert out_layer(h_n[-1]).shape == (4, 5)
