"""Pretrained vectors loaded, then the vocabulary grown by special tokens: rows change, width does not."""
import torch
import torch.nn as nn


def extend_vocab(vectors, n_special):
    extra = torch.zeros(n_special, vectors.size(1))
    return torch.cat([vectors, extra], dim=0)


class Tagger(nn.Module):
    def __init__(self, vectors, hidden=12, tags=6):
        super().__init__()
        vectors = extend_vocab(vectors, 4)
        self.emb = nn.Embedding.from_pretrained(vectors, freeze=False, padding_idx=0)
        self.rnn = nn.LSTM(self.emb.embedding_dim, hidden, bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hidden, tags)

    def forward(self, x):
        return self.out(self.rnn(self.emb(x))[0])


def probe():
    m = Tagger(torch.randn(20, 8))
    out = m(torch.randint(0, 24, (2, 5)))
    assert out.shape == (2, 5, 6)
