"""Luong-style input feeding: the context is softmax weights @ the bidirectional encoder's
outputs, 2 * enc_hidden wide, joined to the embedding; the decoder is sized for both."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Decoder(nn.Module):
    def __init__(self, vocab=30, emb=8, enc_hidden=6, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, enc_hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * enc_hidden, hidden)
        self.cell = nn.LSTMCell(emb + 2 * enc_hidden, hidden)

    def forward(self, src, tgt):
        memory, _ = self.encoder(self.embed(src))
        keys = self.score(memory)
        h = c = memory.new_zeros(src.size(0), self.cell.hidden_size)
        for t in range(tgt.size(1)):
            weights = F.softmax(torch.bmm(keys, h.unsqueeze(2)).squeeze(2), dim=1)
            context = (weights.unsqueeze(1) @ memory).squeeze(1)
            h, c = self.cell(torch.cat([self.embed(tgt[:, t]), context], dim=1), (h, c))
        return h


def probe():
    Decoder()(torch.randint(0, 30, (2, 7)), torch.randint(0, 30, (2, 3)))
