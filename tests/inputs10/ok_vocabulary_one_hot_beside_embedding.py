# torch: runs
# Two views of the same tokens: a GRU over one-hot vectors (input_size is the vocabulary)
# and an LSTM over learned embeddings (input_size is the embedding width); both are right.
import torch
import torch.nn.functional as F
from torch import nn


class TwoViews(nn.Module):
    def __init__(self, vocab_size, embed_dim=20, hidden=16):
        super().__init__()
        self.vocab_size = vocab_size
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.dense = nn.LSTM(embed_dim, hidden)
        self.sparse = nn.GRU(vocab_size, hidden)

    def forward(self, ids):
        dense, _ = self.dense(self.embed(ids))
        sparse, _ = self.sparse(F.one_hot(ids, self.vocab_size).float())
        return torch.cat([dense, sparse], dim=-1)


def probe():
    vocab = sorted(set("a small example of some words".split()))
    TwoViews(len(vocab))(torch.randint(0, len(vocab), (5, 2)))
