"""The decoder applies the encoder's embedding (self.encoder.embedding(tgt)); its LSTM input is the
embedding width the encoder's site chose."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb=300, hidden=64):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, batch_first=True)

    def forward(self, src):
        return self.rnn(self.embedding(src))[1]


class Seq2Seq(nn.Module):
    def __init__(self, vocab=30, emb=12, hidden=10):
        super().__init__()
        self.encoder = Encoder(vocab, emb=emb, hidden=hidden)
        self.decoder = nn.LSTM(emb, hidden, batch_first=True)

    def forward(self, src, tgt):
        state = self.encoder(src)
        return self.decoder(self.encoder.embedding(tgt), state)[0]


def probe():
    out = Seq2Seq()(torch.randint(0, 30, (2, 5)), torch.randint(0, 30, (2, 3)))
    assert out.shape == (2, 3, 10)
