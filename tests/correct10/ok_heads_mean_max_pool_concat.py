"""Mean and max pooling of a bidirectional GRU are concatenated: 4 * hidden wide."""
import torch
import torch.nn as nn


class PoolClassifier(nn.Module):
    def __init__(self, emb=30, hidden=25, classes=6):
        super().__init__()
        self.gru = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden * 4, classes)

    def forward(self, x):
        out, _ = self.gru(x)
        pooled = torch.cat([out.mean(dim=1), out.max(dim=1).values], dim=1)
        return self.fc(pooled)


def probe():
    PoolClassifier()(torch.randn(3, 11, 30))
