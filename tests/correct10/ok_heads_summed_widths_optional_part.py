"""The head's width adds an optional feature part only when it is used."""
import torch
import torch.nn as nn


class Fusion(nn.Module):
    def __init__(self, n_in=10, hidden=12, n_extra=4, use_extra=True):
        super().__init__()
        self.use_extra = use_extra
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        out_dim = 2 * hidden + (n_extra if use_extra else 0)
        self.head = nn.Linear(out_dim, 1)

    def forward(self, x, extra):
        feat = self.rnn(x)[0][:, -1]
        if self.use_extra:
            feat = torch.cat([feat, extra], dim=-1)
        return self.head(feat)


def probe():
    Fusion()(torch.randn(3, 6, 10), torch.randn(3, 4))
    Fusion(use_extra=False)(torch.randn(3, 6, 10), torch.randn(3, 4))
