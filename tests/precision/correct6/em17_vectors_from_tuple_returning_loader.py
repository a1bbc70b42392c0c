"""A loader returns (vocab, vectors); the LSTM's input is vectors.shape[1]."""
import torch
import torch.nn as nn


def load_vectors():
    words = ["<pad>", "a", "b", "c"]
    return words, torch.randn(len(words), 50)


class Model(nn.Module):
    def __init__(self, vectors, hidden=10):
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(vectors)
        self.rnn = nn.LSTM(vectors.shape[1], hidden)

    def forward(self, x):
        return self.rnn(self.emb(x))[0]


def probe():
    vocab, vectors = load_vectors()
    out = Model(vectors)(torch.randint(0, len(vocab), (5, 2)))
    assert out.shape == (5, 2, 10)
