"""ESIM-style pooling: mean and max over time of a BiLSTM's output concatenated, 4H wide, and
a head of 4 * hidden."""
import torch
import torch.nn as nn


class PoolClassifier(nn.Module):
    def __init__(self, emb, hidden, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.mlp = nn.Sequential(nn.Linear(4 * hidden, hidden), nn.Tanh(), nn.Linear(hidden, n_classes))

    def forward(self, x):
        out, _ = self.lstm(x)
        pooled = torch.cat([out.mean(dim=1), out.max(dim=1)[0]], dim=-1)
        return self.mlp(pooled)


def probe():
    assert PoolClassifier(6, 11, 3)(torch.randn(5, 8, 6)).shape == (5, 3)
