"""Per-layer states kept in a list across batches (one single-layer GRU per depth), detached."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, n_in, hidden, depth):
        super().__init__()
        self.grus = nn.ModuleList(nn.GRU(n_in if i == 0 else hidden, hidden) for i in range(depth))
        self.hidden = hidden

    def init_hidden(self, bsz):
        return [torch.zeros(1, bsz, self.hidden) for _ in self.grus]

    def forward(self, x, hiddens):
        new = []
        for gru, h in zip(self.grus, hiddens):
            x, h = gru(x, h)
            new.append(h.detach())
        return x, new


def probe():
    model = Stack(4, 6, 3)
    hiddens = model.init_hidden(2)
    for _ in range(3):
        out, hiddens = model(torch.randn(5, 2, 4), hiddens)
    assert out.shape == (5, 2, 6)
