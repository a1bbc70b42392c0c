# expect: LC007 line 12
"""einsum attention pooling over a BiGRU's outputs gives 2H; the head is built for H."""
import torch
import torch.nn as nn


class Pooler(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)
        self.head = nn.Linear(hidden, 2)  # fix: 2 * hidden

    def forward(self, x):
        out, _ = self.gru(x)
        alpha = self.score(out).squeeze(-1).softmax(-1)
        return self.head(torch.einsum("btd,bt->bd", out, alpha))


def probe():
    Pooler(3, 6)(torch.randn(2, 8, 3))
