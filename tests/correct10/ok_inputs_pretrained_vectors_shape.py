"""Pretrained vectors are loaded into an embedding, and the LSTM is sized from the
vectors' own width."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, vectors, hidden=20):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors, freeze=True)
        self.lstm = nn.LSTM(vectors.size(1), hidden, batch_first=True)

    def forward(self, ids):
        return self.lstm(self.embedding(ids))[0]


def probe():
    vectors = torch.randn(200, 100)
    Model(vectors)(torch.randint(0, 200, (2, 8)))
