"""A one-step GRUCell driver squeezes only the layer dim (dim 0), so a batch of one keeps its
batch dim."""
import torch
import torch.nn as nn


class Stepper(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden)
        self.cell = nn.GRUCell(n_in, hidden)

    def forward(self, warmup, step):
        _, h = self.gru(warmup)
        return self.cell(step, h.squeeze(0))


def probe():
    Stepper()(torch.randn(5, 1, 4), torch.randn(1, 4))
