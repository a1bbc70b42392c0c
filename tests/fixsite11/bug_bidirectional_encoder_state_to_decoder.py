# source: https://github.com/bentrevett/pytorch-seq2seq/issues/115
# The tutorial's seq2seq (encoder and decoder LSTMs applied in one forward) with the encoder
# made bidirectional: its (2 * layers, N, H) final states go straight to the one-way decoder.
# Real fixes merge the directions where the states are made (the issue's own answer) as
# often as where they are handed over: the finding keeps the maker's line, the meeting a note.
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, src_vocab, trg_vocab, emb=6, hid=8, layers=2):
        super().__init__()
        self.src_embed = nn.Embedding(src_vocab, emb)
        self.trg_embed = nn.Embedding(trg_vocab, emb)
        self.encoder = nn.LSTM(emb, hid, layers, bidirectional=True)
        self.decoder = nn.LSTM(emb, hid, layers)
        self.out = nn.Linear(hid, trg_vocab)

    def forward(self, src, trg):
        _, (hidden, cell) = self.encoder(self.src_embed(src))  # expect: LC009 error
        output, _ = self.decoder(self.trg_embed(trg), (hidden, cell))
        return self.out(output)


def probe():
    Seq2Seq(30, 20)(torch.randint(0, 30, (7, 3)), torch.randint(0, 20, (5, 3)))
