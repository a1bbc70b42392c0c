"""forward accepts one step (B, F) or a sequence (B, T, F): a 2-D input gets the step dim."""
import torch
from torch import nn


class StepModel(nn.Module):
    def __init__(self, n_in=3, hidden=5):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x, h):
        if x.dim() == 2:
            x = x.unsqueeze(1)
        return self.gru(x, h)


def probe():
    m, h = StepModel(), torch.zeros(1, 4, 5)
    for _ in range(3):
        out, h = m(torch.randn(4, 3), h)
    out, h = m(torch.randn(4, 6, 3), h)
