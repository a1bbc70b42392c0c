"""Embedded categorical features concatenated with numeric ones; the width is counted in __init__."""
import torch
import torch.nn as nn


class SalesModel(nn.Module):
    def __init__(self, cardinalities=(7, 12, 30), emb_dims=(3, 4, 6), n_numeric=5, hidden=20):
        super().__init__()
        self.embs = nn.ModuleList(nn.Embedding(c, d) for c, d in zip(cardinalities, emb_dims))
        self.lstm = nn.LSTM(sum(emb_dims) + n_numeric, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, cats, nums):               # cats (B, T, 3), nums (B, T, n_numeric)
        embedded = [emb(cats[..., i]) for i, emb in enumerate(self.embs)]
        x = torch.cat(embedded + [nums], dim=-1)
        return self.out(self.lstm(x)[0])


def probe():
    cats = torch.stack([torch.randint(0, c, (2, 10)) for c in (7, 12, 30)], dim=-1)
    out = SalesModel()(cats, torch.randn(2, 10, 5))
    assert out.shape == (2, 10, 1)
