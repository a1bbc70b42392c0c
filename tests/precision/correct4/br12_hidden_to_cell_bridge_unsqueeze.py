"""A GRU encoder's last layer h[-1] (B, H) goes to a GRUCell decoder as is: a cell takes
(B, H)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, vocab):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, 2, batch_first=True)
        self.cell = nn.GRUCell(n_in, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src, steps=3):
        _, h = self.encoder(src)
        h = h[-1]
        x = src[:, -1]
        logits = []
        for _ in range(steps):
            h = self.cell(x, h)
            logits.append(self.out(h))
        return torch.stack(logits, 1)


def probe():
    result = Model(4, 6, 9)(torch.randn(2, 5, 4)).shape
    assert result == (2, 3, 9)
