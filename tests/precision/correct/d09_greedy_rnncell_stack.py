"""Two stacked RNNCells unrolled greedily; argmax ids embedded as (B, E) steps."""
import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.cells = nn.ModuleList([nn.RNNCell(emb, hidden), nn.RNNCell(hidden, hidden)])
        self.out = nn.Linear(hidden, vocab)
        self.hidden = hidden

    def generate(self, start, steps):
        hs = [torch.zeros(start.size(0), self.hidden) for _ in self.cells]
        tok, seq = start, []
        for _ in range(steps):
            x = self.embed(tok)
            for i, cell in enumerate(self.cells):
                hs[i] = cell(x, hs[i])
                x = hs[i]
            tok = self.out(x).argmax(1)
            seq.append(tok)
        return torch.stack(seq, 1)


def probe():
    assert Stack(11, 4, 6).generate(torch.tensor([1, 2, 3]), 5).shape == (3, 5)
