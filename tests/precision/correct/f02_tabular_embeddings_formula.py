"""Categorical embeddings and numeric columns side by side: input = n_cat * emb + n_num."""
import torch
from torch import nn


class SeqTab(nn.Module):
    def __init__(self, cardinalities, emb, n_num, hidden):
        super().__init__()
        self.embs = nn.ModuleList([nn.Embedding(n, emb) for n in cardinalities])
        self.rnn = nn.LSTM(len(cardinalities) * emb + n_num, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, cats, nums):
        x = torch.cat([e(cats[..., i]) for i, e in enumerate(self.embs)] + [nums], dim=-1)
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def probe():
    model = SeqTab([5, 7, 3], 4, 6, 10)
    cats = torch.stack([torch.randint(0, n, (2, 8)) for n in (5, 7, 3)], -1)
    assert model(cats, torch.randn(2, 8, 6)).shape == (2, 1)
