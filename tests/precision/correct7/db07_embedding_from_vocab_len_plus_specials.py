"""Vocabulary built from appends; Embedding(len(vocab) + 2, ...) and the LSTM takes the embedding dim."""
import torch
import torch.nn as nn


def build_vocab(sentences):
    vocab = []
    for s in sentences:
        for w in s.split():
            if w not in vocab:
                vocab.append(w)
    return vocab


class Model(nn.Module):
    def __init__(self, vocab, emb_dim=12, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(len(vocab) + 2, emb_dim, padding_idx=0)
        self.lstm = nn.LSTM(emb_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, len(vocab) + 2)

    def forward(self, x):
        return self.out(self.lstm(self.emb(x))[0])


def probe():
    vocab = build_vocab(["the cat sat", "the dog ran far"])
    model = Model(vocab)
    x = torch.randint(0, len(vocab) + 2, (2, 4))
    assert model(x).shape == (2, 4, len(vocab) + 2)
