"""A GRUCell decoder with teacher forcing: the next input is the target or output.max(1)[1]."""
import random

import torch
from torch import nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.enc = nn.GRU(emb, hidden)
        self.embedding = nn.Embedding(vocab, emb)
        self.cell = nn.GRUCell(emb, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src, trg, ratio=0.5):
        _, h = self.enc(self.embedding(src))
        h = h[-1]
        inp = trg[0]
        outputs = []
        for t in range(1, trg.size(0)):
            h = self.cell(self.embedding(inp), h)
            output = self.out(h)
            outputs.append(output)
            top1 = output.max(1)[1]
            inp = trg[t] if random.random() < ratio else top1
        return torch.stack(outputs)


def probe():
    model = Seq2Seq(20, 6, 8)
    out = model(torch.randint(0, 20, (7, 4)), torch.randint(0, 20, (5, 4)))
    assert out.shape == (4, 4, 20)
