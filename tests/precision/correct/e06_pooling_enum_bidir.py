"""pool in ('last', 'mean', 'max') over a bidirectional GRU; every pool gives 2*hidden."""
import torch
import torch.nn as nn


class Pooled(nn.Module):
    def __init__(self, n_in, hidden, pool="last"):
        super().__init__()
        self.pool = pool
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        out, h = self.gru(x)
        if self.pool == "last":
            feats = torch.cat((h[-2], h[-1]), dim=1)
        elif self.pool == "mean":
            feats = out.mean(dim=1)
        elif self.pool == "max":
            feats, _ = out.max(dim=1)
        else:
            raise ValueError(self.pool)
        return self.head(feats)


def probe():
    x = torch.randn(4, 6, 5)
    for pool in ("last", "mean", "max"):
        assert Pooled(5, 8, pool)(x).shape == (4, 3)
