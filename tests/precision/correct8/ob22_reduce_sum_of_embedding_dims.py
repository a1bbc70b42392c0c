"""Several categorical embeddings concatenated; the LSTM's input is
`reduce(lambda a, b: a + b, dims)` over the same table the embeddings are built from."""
from functools import reduce

import torch
import torch.nn as nn

CATEGORICALS = [("store", 10, 4), ("item", 50, 8), ("weekday", 7, 3)]


class SalesModel(nn.Module):
    def __init__(self, n_numeric=2, hidden=16):
        super().__init__()
        self.embeds = nn.ModuleList(nn.Embedding(n, d) for _, n, d in CATEGORICALS)
        dims = [d for _, _, d in CATEGORICALS] + [n_numeric]
        self.lstm = nn.LSTM(reduce(lambda a, b: a + b, dims), hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, cats, numeric):
        parts = [emb(cats[..., i]) for i, emb in enumerate(self.embeds)] + [numeric]
        return self.fc(self.lstm(torch.cat(parts, -1))[0][:, -1])


def probe():
    cats = torch.stack([torch.randint(0, n, (3, 14)) for _, n, _ in CATEGORICALS], dim=-1)
    assert SalesModel()(cats, torch.randn(3, 14, 2)).shape == (3, 1)
