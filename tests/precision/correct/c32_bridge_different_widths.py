"""Encoder and decoder of different widths; Linear bridges map h and c across."""
import torch
import torch.nn as nn


class Bridge(nn.Module):
    def __init__(self, enc_hidden, dec_hidden):
        super().__init__()
        self.h = nn.Linear(enc_hidden, dec_hidden)
        self.c = nn.Linear(enc_hidden, dec_hidden)

    def forward(self, state):
        h, c = state
        return torch.tanh(self.h(h)), self.c(c)


class Translator(nn.Module):
    def __init__(self, src_vocab, tgt_vocab, emb, enc_hidden, dec_hidden, layers):
        super().__init__()
        self.src_emb = nn.Embedding(src_vocab, emb)
        self.tgt_emb = nn.Embedding(tgt_vocab, emb)
        self.encoder = nn.LSTM(emb, enc_hidden, layers)
        self.bridge = Bridge(enc_hidden, dec_hidden)
        self.decoder = nn.LSTM(emb, dec_hidden, layers)
        self.generator = nn.Linear(dec_hidden, tgt_vocab)

    def forward(self, src, tgt):
        _, state = self.encoder(self.src_emb(src))
        out, _ = self.decoder(self.tgt_emb(tgt), self.bridge(state))
        return self.generator(out)


def probe():
    model = Translator(src_vocab=50, tgt_vocab=40, emb=8, enc_hidden=12, dec_hidden=20, layers=2)
    assert model(torch.randint(0, 50, (7, 2)), torch.randint(0, 40, (5, 2))).shape == (5, 2, 40)
