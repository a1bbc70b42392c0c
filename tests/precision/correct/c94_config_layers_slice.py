"""Encoder and decoder depths from one config; the decoder takes the encoder's top layers."""
import torch
import torch.nn as nn

cfg = {"emb": 16, "hidden": 32, "enc_layers": 4, "dec_layers": 2, "vocab": 100}


class Model(nn.Module):
    def __init__(self, emb, hidden, enc_layers, dec_layers, vocab):
        super().__init__()
        self.dec_layers = dec_layers
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, enc_layers)
        self.decoder = nn.LSTM(emb, hidden, dec_layers)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(self.embed(src))
        state = (h[-self.dec_layers:], c[-self.dec_layers:])
        y, _ = self.decoder(self.embed(tgt), state)
        return self.out(y)


model = Model(**cfg)


def probe():
    src, tgt = torch.randint(0, 100, (9, 3)), torch.randint(0, 100, (4, 3))
    assert model(src, tgt).shape == (4, 3, 100)
