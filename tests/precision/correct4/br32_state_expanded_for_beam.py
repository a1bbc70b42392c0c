"""Beam search: the encoder's final state (L, B, H) expanded to (L, B*K, H) for K beams."""
import torch
import torch.nn as nn

L, H, K = 2, 5, 3
enc = nn.GRU(4, H, L)
dec = nn.GRU(4, H, L)


def probe():
    _, h = enc(torch.randn(6, 2, 4))
    h = h.unsqueeze(2).expand(L, 2, K, H).reshape(L, 2 * K, H)
    out, _ = dec(torch.randn(1, 2 * K, 4), h)
    assert out.shape == (1, 6, H)
