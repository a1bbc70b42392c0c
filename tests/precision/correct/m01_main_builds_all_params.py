"""Defaults that would not fit together, but __main__ (and probe) pass every parameter."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb=16, hidden=32, layers=1, dropout=0.0):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, layers, dropout=dropout)

    def forward(self, src):
        _, (h, c) = self.rnn(self.embedding(src))
        return h, c


class Decoder(nn.Module):
    def __init__(self, vocab, emb=16, hidden=64, layers=2, dropout=0.5):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, layers, dropout=dropout)
        self.fc = nn.Linear(hidden, vocab)

    def forward(self, tgt, h, c):
        out, _ = self.rnn(self.embedding(tgt), (h, c))
        return self.fc(out)


def build():
    enc = Encoder(40, emb=12, hidden=24, layers=2, dropout=0.2)
    dec = Decoder(40, emb=12, hidden=24, layers=2, dropout=0.2)
    return enc, dec


def probe():
    enc, dec = build()
    h, c = enc(torch.randint(0, 40, (6, 3)))
    assert dec(torch.randint(0, 40, (5, 3)), h, c).shape == (5, 3, 40)


if __name__ == "__main__":
    encoder = Encoder(vocab=40, emb=12, hidden=24, layers=2, dropout=0.2)
    decoder = Decoder(vocab=40, emb=12, hidden=24, layers=2, dropout=0.2)
    h, c = encoder(torch.randint(0, 40, (6, 3)))
    decoder(torch.randint(0, 40, (5, 3)), h, c)
