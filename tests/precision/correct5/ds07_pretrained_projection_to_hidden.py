"""Pretrained 100d vectors projected by a Linear to the LSTM's 64 inputs."""
import torch
import torch.nn as nn

vectors = torch.randn(80, 100)


class Encoder(nn.Module):
    def __init__(self, vectors, input_dim=64, hidden=32):
        super().__init__()
        self.embed = nn.Embedding.from_pretrained(vectors)
        self.proj = nn.Linear(vectors.shape[1], input_dim)
        self.lstm = nn.LSTM(input_dim, hidden)

    def forward(self, ids):
        return self.lstm(self.proj(self.embed(ids)))[0]


def probe():
    Encoder(vectors)(torch.randint(0, 80, (5, 2)))
