# expect: LC008 line 17
"""GloVe vectors of 100d, but the LSTM is built for EMBED_DIM = 300."""
import torch
import torch.nn as nn

EMBED_DIM = 300


def load_glove(n):
    return torch.randn(n, 100)   # glove.6B.100d


class Model(nn.Module):
    def __init__(self, vectors):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors)
        self.lstm = nn.LSTM(EMBED_DIM, 32, batch_first=True)  # fix: vectors.size(1)

    def forward(self, ids):
        return self.lstm(self.embedding(ids))[0]


def probe():
    Model(load_glove(50))(torch.randint(0, 50, (2, 7)))
