"""Decoder input is emb + enc_hidden * num_directions, the context concatenated each step."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, vocab, emb, enc_hidden, dec_hidden, bidirectional=True):
        super().__init__()
        nd = 2 if bidirectional else 1
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, enc_hidden, bidirectional=bidirectional, batch_first=True)
        self.decoder = nn.LSTMCell(emb + enc_hidden * nd, dec_hidden)
        self.out = nn.Linear(dec_hidden, vocab)
        self.dec_hidden = dec_hidden

    def forward(self, src, tgt):
        enc, _ = self.encoder(self.embed(src))
        context = enc.mean(1)
        h = c = torch.zeros(src.size(0), self.dec_hidden)
        logits = []
        for t in range(tgt.size(1)):
            h, c = self.decoder(torch.cat([self.embed(tgt[:, t]), context], 1), (h, c))
            logits.append(self.out(h))
        return torch.stack(logits, 1)


def probe():
    src, tgt = torch.randint(0, 15, (3, 6)), torch.randint(0, 15, (3, 4))
    for bi in (True, False):
        assert Model(15, 5, 7, 9, bidirectional=bi)(src, tgt).shape == (3, 4, 15)
