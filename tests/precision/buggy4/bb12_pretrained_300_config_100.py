# expect: LC008 line 6
"""Pretrained vectors of 300 dims with an LSTM built for the config's embedding_dim of 100."""
import torch
import torch.nn as nn

config = {"embedding_dim": 100, "hidden_dim": 32}  # fix: embedding_dim 300, the vectors' width
vectors = torch.randn(400, 300)


class Encoder(nn.Module):
    def __init__(self, vectors, cfg):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors)
        self.lstm = nn.LSTM(cfg["embedding_dim"], cfg["hidden_dim"], batch_first=True)

    def forward(self, ids):
        return self.lstm(self.embedding(ids))[0]


def probe():
    Encoder(vectors, config)(torch.randint(0, 400, (2, 5)))
