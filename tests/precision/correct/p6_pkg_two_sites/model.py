"""Tagger whose defaults are one-way; the training script builds it bidirectional with a head
input that follows. model.py's own smoke test builds the small default model."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab, n_tags, emb_dim=50, hidden=100, num_layers=1, bidirectional=False):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hidden, num_layers, batch_first=True,
                           bidirectional=bidirectional)
        self.head = nn.Linear(hidden * (2 if bidirectional else 1), n_tags)

    def forward(self, ids):
        out, _ = self.rnn(self.embedding(ids))
        return self.head(out)


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers=1):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers)

    def forward(self, x):
        return self.rnn(x)[1]


class Decoder(nn.Module):
    def __init__(self, n_in, hidden, layers=1):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers)

    def forward(self, y, h):
        return self.rnn(y, h)[0]


def smoke_test():
    tagger = Tagger(vocab=20, n_tags=3)
    assert tagger(torch.randint(0, 20, (2, 4))).shape == (2, 4, 3)
    h = Encoder(5, 6)(torch.randn(3, 2, 5))
    assert Decoder(4, 6)(torch.randn(2, 2, 4), h).shape == (2, 2, 6)


if __name__ == "__main__":
    smoke_test()
