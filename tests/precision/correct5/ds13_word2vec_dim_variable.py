"""A word2vec matrix's width read from the matrix and kept in w2v_dim for the encoder."""
import torch
import torch.nn as nn


def load_word2vec(n_words):
    return torch.randn(n_words, 200)


class Encoder(nn.Module):
    def __init__(self, weights, hidden=10):
        super().__init__()
        n_words, w2v_dim = weights.shape
        self.embedding = nn.Embedding(n_words, w2v_dim)
        self.embedding.weight = nn.Parameter(weights)
        self.rnn = nn.GRU(w2v_dim, hidden, bidirectional=True)

    def forward(self, ids):
        return self.rnn(self.embedding(ids))[1]


def probe():
    Encoder(load_word2vec(30))(torch.randint(0, 30, (4, 2)))
