"""The decoder GRU takes cat(embedding, context) where the context is the bidirectional
encoder's mean output (2H)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, vocab=15, emb=5, hidden=7):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.enc = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.dec = nn.GRU(emb + 2 * hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src, tgt):
        memory, _ = self.enc(self.emb(src))
        context = memory.mean(dim=1, keepdim=True).expand(-1, tgt.size(1), -1)
        y, _ = self.dec(torch.cat([self.emb(tgt), context], dim=-1))
        return self.out(y)


def probe():
    assert Model()(torch.randint(0, 15, (2, 6)), torch.randint(0, 15, (2, 3))).shape == (2, 3, 15)
