# expect: LC008 line 13
"""Embedding.from_pretrained of 50-dimensional vectors in front of an LSTM built for 300."""
import torch
import torch.nn as nn

EMBEDDING_DIM = 300


class Classifier(nn.Module):
    def __init__(self, vectors, hidden):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors)
        self.lstm = nn.LSTM(EMBEDDING_DIM, hidden, batch_first=True)  # fix: vectors.size(1)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, tokens):
        return self.fc(self.lstm(self.embedding(tokens))[0][:, -1])


def probe():
    Classifier(torch.randn(100, 50), 16)(torch.randint(0, 100, (3, 7)))
