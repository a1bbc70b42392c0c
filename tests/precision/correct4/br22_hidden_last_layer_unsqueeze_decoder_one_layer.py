"""The decoder has one layer: the encoder's top layer h[-1:] (a slice keeps the layer dim)."""
import torch
import torch.nn as nn

encoder = nn.GRU(4, 8, num_layers=3, batch_first=True)
decoder = nn.GRU(4, 8, batch_first=True)


def probe():
    _, h = encoder(torch.randn(2, 5, 4))
    out, _ = decoder(torch.randn(2, 3, 4), h[-1:])
    out2, _ = decoder(torch.randn(2, 3, 4), h[-1].unsqueeze(0))
    assert out.shape == out2.shape == (2, 3, 8)
