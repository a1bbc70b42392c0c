"""300-d pretrained vectors projected to 64 by a Linear before the LSTM, whose input is 64."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vectors, proj_dim=64, hidden=32):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors)
        self.proj = nn.Linear(vectors.shape[1], proj_dim)
        self.rnn = nn.LSTM(proj_dim, hidden)

    def forward(self, x):
        return self.rnn(torch.relu(self.proj(self.embedding(x))))[0]


def probe():
    out = Encoder(torch.randn(10, 300))(torch.randint(0, 10, (4, 2)))
    assert out.shape == (4, 2, 32)
