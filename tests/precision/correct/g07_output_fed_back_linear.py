"""A seq-first forecaster feeding its prediction back as next input (1, B, F)."""
import torch
import torch.nn as nn


class AR(nn.Module):
    def __init__(self, n_feat=3, hidden=8, layers=2):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, layers)
        self.proj = nn.Linear(hidden, n_feat)

    def forward(self, history, horizon=4):
        out, h = self.rnn(history)
        x = self.proj(out[-1:])
        preds = [x]
        for _ in range(horizon - 1):
            out, h = self.rnn(x, h)
            x = self.proj(out)
            preds.append(x)
        return torch.cat(preds, 0)


def probe():
    assert AR()(torch.randn(10, 2, 3)).shape == (4, 2, 3)
