"""The last valid step of each padded sequence gathered with the lengths; a one-way GRU, so
the gathered vector is H wide."""
import torch
import torch.nn as nn


class LastStep(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_out)

    def forward(self, x, lengths):
        out, _ = self.gru(x)
        idx = (lengths - 1).view(-1, 1, 1).expand(-1, 1, out.size(2))
        last = out.gather(1, idx).squeeze(1)
        return self.fc(last)


def probe():
    out = LastStep(3, 12, 2)(torch.randn(4, 9, 3), torch.tensor([9, 3, 5, 1]))
    assert out.shape == (4, 2)
