"""Attention pooling two ways: einsum("btd,bt->bd") and `alpha.unsqueeze(1) @ out`; both give
the BiGRU's 2H, the heads take 2H."""
import torch
import torch.nn as nn


class Pooler(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)
        self.head_a = nn.Linear(2 * hidden, 2)
        self.head_b = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        out, _ = self.gru(x)
        alpha = self.score(out).squeeze(-1).softmax(-1)
        a = torch.einsum("btd,bt->bd", out, alpha)
        b = (alpha.unsqueeze(1) @ out).squeeze(1)
        return self.head_a(a) + self.head_b(b)


def probe():
    assert Pooler(3, 6)(torch.randn(2, 8, 3)).shape == (2, 2)
