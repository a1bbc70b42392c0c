# expect: LC008 line 13
"""from_pretrained with 100-d vectors; the LSTM is built for EMBED_DIM = 300."""
import torch
import torch.nn as nn

EMBED_DIM = 300


class Classifier(nn.Module):
    def __init__(self, vectors, hidden=16):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors)
        self.lstm = nn.LSTM(EMBED_DIM, hidden, batch_first=True)  # fix: vectors.size(1)

    def forward(self, x):
        return self.lstm(self.embedding(x))[0]


def probe():
    Classifier(torch.randn(20, 100))(torch.randint(0, 20, (2, 5)))
