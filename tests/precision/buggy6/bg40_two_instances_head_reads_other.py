# expect: LC007 line 22
"""Two encoders of one class; the query's head reads the document encoder's width."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden=32, bidirectional=False):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.out_dim = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


class TwoTower(nn.Module):
    def __init__(self):
        super().__init__()
        self.query = Encoder(5, hidden=6, bidirectional=True)
        self.doc = Encoder(7)
        self.q_head = nn.Linear(self.doc.out_dim, 4)  # fix: self.query.out_dim
        self.d_head = nn.Linear(self.doc.out_dim, 4)

    def forward(self, q, d):
        return (self.q_head(self.query(q)[:, -1]) * self.d_head(self.doc(d)[:, -1])).sum(-1)


def probe():
    TwoTower()(torch.randn(2, 3, 5), torch.randn(2, 8, 7))
