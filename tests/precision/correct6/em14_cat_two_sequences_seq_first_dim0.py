"""Two segments joined on dim 0 of a sequence-first batch: more steps, same features."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_feat=6, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden)

    def forward(self, context, query):          # (T1, B, F), (T2, B, F)
        return self.rnn(torch.cat((context, query), 0))[0]


def probe():
    out = Model()(torch.randn(4, 2, 6), torch.randn(3, 2, 6))
    assert out.shape == (7, 2, 8)
