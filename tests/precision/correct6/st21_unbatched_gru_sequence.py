"""An unbatched GRU call: input (T, F) and state (layers, H)."""
import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self, n_in=5, hidden=6, layers=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers)
        self.layers, self.hidden = layers, hidden

    def score(self, sequence):                   # (T, n_in), one sequence
        h0 = torch.zeros(self.layers, self.hidden)
        out, h = self.gru(sequence, h0)
        return out[-1].sum()


def probe():
    assert Scorer().score(torch.randn(8, 5)).dim() == 0
