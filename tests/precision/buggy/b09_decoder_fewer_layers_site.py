# expect: LC009 line 32
"""Encoder built with two layers, decoder with one, in train(): the decoder cannot take the state."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb, hidden, n_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, n_layers)

    def forward(self, src):
        _, (h, c) = self.rnn(self.embedding(src))
        return h, c


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hidden, n_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, n_layers)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tgt, h, c):
        output, (h, c) = self.rnn(self.embedding(tgt), (h, c))
        return self.out(output), h, c


def train():
    encoder = Encoder(30, 8, 16, n_layers=2)
    decoder = Decoder(40, 8, 16, n_layers=1)  # fix: n_layers=2
    h, c = encoder(torch.randint(0, 30, (6, 4)))
    return decoder(torch.randint(0, 40, (5, 4)), h, c)


def probe():
    train()
