"""Inference one unbatched step at a time: input (1, F) and 2-D states (layers, H)."""
import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, n_feat=3, hidden=10, layers=2):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, layers)
        self.out = nn.Linear(hidden, n_feat)
        self.hidden, self.layers = hidden, layers

    @torch.no_grad()
    def generate(self, start, steps):
        x = start.view(1, -1)                        # (1, n_feat): one unbatched step
        h = torch.zeros(self.layers, self.hidden)
        c = torch.zeros(self.layers, self.hidden)
        outs = []
        for _ in range(steps):
            y, (h, c) = self.rnn(x, (h, c))
            x = self.out(y)
            outs.append(x)
        return torch.cat(outs)


def probe():
    out = Generator().generate(torch.randn(3), 5)
    assert out.shape == (5, 3)
