# The same seq2seq with the encoder's directions summed layer by layer where the states are
# handed over (the answer): correct.
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, src_vocab, trg_vocab, emb=6, hid=8, layers=2):
        super().__init__()
        self.layers, self.hid = layers, hid
        self.src_embed = nn.Embedding(src_vocab, emb)
        self.trg_embed = nn.Embedding(trg_vocab, emb)
        self.encoder = nn.LSTM(emb, hid, layers, bidirectional=True)
        self.decoder = nn.LSTM(emb, hid, layers)
        self.out = nn.Linear(hid, trg_vocab)

    def forward(self, src, trg):
        _, (hidden, cell) = self.encoder(self.src_embed(src))
        hidden = hidden.view(self.layers, 2, -1, self.hid).sum(1)
        cell = cell.view(self.layers, 2, -1, self.hid).sum(1)
        output, _ = self.decoder(self.trg_embed(trg), (hidden, cell))
        return self.out(output)


def probe():
    Seq2Seq(30, 20)(torch.randint(0, 30, (7, 3)), torch.randint(0, 20, (5, 3)))
