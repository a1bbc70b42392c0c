"""Encoder and decoder with library defaults that do not match each other on their own;
train.py always builds both with the same depth."""
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb_dim=64, hidden=128, n_layers=2, dropout=0.2):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, hidden, n_layers, dropout=dropout, batch_first=True)

    def forward(self, src):
        return self.rnn(self.embedding(src))


class Decoder(nn.Module):
    def __init__(self, vocab, emb_dim=64, hidden=128, n_layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, hidden, n_layers, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tgt, hidden):
        y, hidden = self.rnn(self.embedding(tgt), hidden)
        return self.out(y), hidden


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder, self.decoder = encoder, decoder

    def forward(self, src, tgt):
        _, hidden = self.encoder(src)
        logits, _ = self.decoder(tgt, hidden)
        return logits
