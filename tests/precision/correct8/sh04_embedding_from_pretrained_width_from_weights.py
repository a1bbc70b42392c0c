"""Embedding.from_pretrained of a (V, 50) matrix; the LSTM's input_size is read from the
matrix, weights.size(1), so it follows whatever vectors are loaded."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, vectors, hidden, n_classes):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors, freeze=True, padding_idx=0)
        self.lstm = nn.LSTM(vectors.size(1), hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden * 2, n_classes)

    def forward(self, tokens):
        out, (h, _) = self.lstm(self.embedding(tokens))
        return self.fc(torch.cat([h[-2], h[-1]], dim=1))


def probe():
    vectors = torch.randn(100, 50)
    assert Classifier(vectors, 20, 3)(torch.randint(0, 100, (4, 11))).shape == (4, 3)
