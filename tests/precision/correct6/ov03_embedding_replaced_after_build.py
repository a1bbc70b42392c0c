"""After loading, the embedding is replaced by a larger vocabulary with the same width."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, vocab=20, emb=10, hidden=6):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(self.embedding(x))[0]


def resize_vocab(model, new_vocab):
    old = model.embedding
    model.embedding = nn.Embedding(new_vocab, old.embedding_dim)
    model.embedding.weight.data[: old.num_embeddings] = old.weight.data
    return model


def probe():
    model = resize_vocab(Model(), 35)
    out = model(torch.randint(0, 35, (2, 4)))
    assert out.shape == (2, 4, 6)
