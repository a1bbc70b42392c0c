"""The attention context over a bidirectional memory is projected to H before it is joined with
the embedding; the decoder cell takes emb + H."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab=12, emb=4, hidden=6):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.ctx_proj = nn.Linear(2 * hidden, hidden)
        self.cell = nn.GRUCell(emb + hidden, hidden)
        self.hidden = hidden

    def forward(self, src, tgt):
        memory, _ = self.encoder(self.emb(src))
        context = self.ctx_proj(memory.mean(1))
        h = torch.zeros(src.size(0), self.hidden)
        for t in range(tgt.size(1)):
            h = self.cell(torch.cat([self.emb(tgt[:, t]), context], dim=1), h)
        return h


def probe():
    assert Decoder()(torch.randint(0, 12, (3, 5)), torch.randint(0, 12, (3, 4))).shape == (3, 6)
