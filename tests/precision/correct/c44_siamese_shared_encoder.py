"""Siamese LSTM (MaLSTM): one encoder for both questions; the head reads |h1 - h2| and h1 * h2."""
import torch
import torch.nn as nn


class SiameseLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.encoder = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.classifier = nn.Sequential(nn.Linear(2 * hidden_dim, hidden_dim), nn.ReLU(),
                                        nn.Linear(hidden_dim, 1))

    def encode(self, ids):
        _, (h, _) = self.encoder(self.embed(ids))
        return h[-1]

    def forward(self, q1, q2):
        a, b = self.encode(q1), self.encode(q2)
        return self.classifier(torch.cat([torch.abs(a - b), a * b], dim=1))


def probe():
    model = SiameseLSTM(vocab_size=90, embed_dim=7, hidden_dim=10)
    q1, q2 = torch.randint(0, 90, (4, 6)), torch.randint(0, 90, (4, 9))
    assert model(q1, q2).shape == (4, 1)
