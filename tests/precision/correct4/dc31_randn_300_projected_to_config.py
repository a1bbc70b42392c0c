"""300-d vectors projected by a Linear(300, emb) to the configured emb before the LSTM."""
import torch
import torch.nn as nn

cfg = {"emb": 100, "hidden": 20}
word_vectors = torch.randn(250, 300)


class Model(nn.Module):
    def __init__(self, vectors, cfg):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors)
        self.proj = nn.Linear(vectors.size(1), cfg["emb"])
        self.lstm = nn.LSTM(cfg["emb"], cfg["hidden"], batch_first=True)

    def forward(self, ids):
        return self.lstm(self.proj(self.embedding(ids)))[0]


def probe():
    result = Model(word_vectors, cfg)(torch.randint(0, 250, (2, 7))).shape
    assert result == (2, 7, 20)
