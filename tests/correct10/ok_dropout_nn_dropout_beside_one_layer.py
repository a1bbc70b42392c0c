"""A one-layer GRU whose regularising dropout is an nn.Dropout on its output, not the GRU's
own argument."""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, vocab=80, emb=20, hidden=30, dropout=0.5):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, tokens):
        _, h = self.gru(self.dropout(self.embed(tokens)))
        return self.fc(self.dropout(h[-1]))


def probe():
    Classifier()(torch.randint(0, 80, (4, 9)))
