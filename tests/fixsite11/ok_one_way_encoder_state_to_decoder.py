# The tutorial as written: a one-way encoder's final states start a decoder of the same
# depth and width: correct.
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, src_vocab, trg_vocab, emb=6, hid=8, layers=2):
        super().__init__()
        self.src_embed = nn.Embedding(src_vocab, emb)
        self.trg_embed = nn.Embedding(trg_vocab, emb)
        self.encoder = nn.LSTM(emb, hid, layers)
        self.decoder = nn.LSTM(emb, hid, layers)
        self.out = nn.Linear(hid, trg_vocab)

    def forward(self, src, trg):
        _, (hidden, cell) = self.encoder(self.src_embed(src))
        output, _ = self.decoder(self.trg_embed(trg), (hidden, cell))
        return self.out(output)


def probe():
    Seq2Seq(30, 20)(torch.randint(0, 30, (7, 3)), torch.randint(0, 20, (5, 3)))
