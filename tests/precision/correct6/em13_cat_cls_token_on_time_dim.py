"""A learned start vector concatenated on the time dim (dim=1): the width stays emb."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab=30, emb=12, hidden=10):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.start = nn.Parameter(torch.zeros(1, 1, emb))
        self.rnn = nn.LSTM(emb, hidden, batch_first=True)

    def forward(self, x):
        e = self.embedding(x)
        e = torch.cat([self.start.expand(x.size(0), -1, -1), e], dim=1)
        return self.rnn(e)[0]


def probe():
    out = Encoder()(torch.randint(0, 30, (2, 5)))
    assert out.shape == (2, 6, 10)
