"""Embedding.from_pretrained(vectors) and the LSTM's input is vectors.size(1)."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, vectors, hidden=16, classes=3):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors, freeze=True)
        self.lstm = nn.LSTM(vectors.size(1), hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens):
        _, (h, _) = self.lstm(self.embedding(tokens))
        return self.fc(h[-1])


def probe():
    vectors = torch.randn(40, 25)
    out = Classifier(vectors)(torch.randint(0, 40, (2, 7)))
    assert out.shape == (2, 3)
