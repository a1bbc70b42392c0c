"""A Linear over cat([embed, h, c]) of an LSTMCell step: in_features = E + 2H."""
import torch
import torch.nn as nn


class SkimCell(nn.Module):
    def __init__(self, emb=6, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(emb, hidden)
        self.gate = nn.Linear(emb + 2 * hidden, 2)

    def forward(self, x):                        # (T, B, emb)
        h = x.new_zeros(x.size(1), self.cell.hidden_size)
        c = torch.zeros_like(h)
        decisions = []
        for t in range(x.size(0)):
            decisions.append(self.gate(torch.cat([x[t], h, c], dim=1)))
            h, c = self.cell(x[t], (h, c))
        return torch.stack(decisions), h


def probe():
    d, h = SkimCell()(torch.randn(5, 3, 6))
    assert d.shape == (5, 3, 2) and h.shape == (3, 8)
