"""Spectrogram patches (B, 1, T, F) are squeezed with no dim, and the batch dim a batch of one
loses is put back before the GRU is given its batched state."""
import torch
import torch.nn as nn


class SpecGRU(nn.Module):
    def __init__(self, n_freq=16, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(n_freq, hidden, batch_first=True)

    def forward(self, spec):
        x = spec.squeeze()
        if x.dim() == 2:
            x = x.unsqueeze(0)
        h0 = torch.zeros(1, x.size(0), self.hidden)
        return self.gru(x, h0)[0]


def probe():
    model = SpecGRU()
    model(torch.randn(4, 1, 10, 16))
    model(torch.randn(1, 1, 10, 16))
