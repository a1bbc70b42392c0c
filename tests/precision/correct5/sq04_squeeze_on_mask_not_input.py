"""squeeze() on a (B, L, 1) mask that weights outputs; the LSTM's input is never squeezed."""
import torch
import torch.nn as nn

lstm = nn.LSTM(4, 6, batch_first=True)


def masked_mean(x, mask):
    out, _ = lstm(x)
    m = mask.squeeze().float()
    if m.dim() == 1:
        m = m.unsqueeze(0)
    return (out * m.unsqueeze(-1)).sum(1) / m.sum(1, keepdim=True)


def probe():
    masked_mean(torch.randn(3, 5, 4), torch.ones(3, 5, 1))
    masked_mean(torch.randn(1, 5, 4), torch.ones(1, 5, 1))
