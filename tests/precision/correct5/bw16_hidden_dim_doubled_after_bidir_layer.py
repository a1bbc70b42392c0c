"""The constructor keeps the per-direction size for the LSTM and then doubles
self.hidden_dim for everything after it."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, emb_dim=6, hidden_dim=5, n_tags=4):
        super().__init__()
        self.lstm = nn.LSTM(emb_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.hidden_dim = hidden_dim * 2
        self.hidden2tag = nn.Linear(self.hidden_dim, n_tags)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.hidden2tag(out)


def probe():
    assert Tagger()(torch.randn(2, 3, 6)).shape == (2, 3, 4)
