"""Mean over time of a bidirectional output, normalised by BatchNorm1d over 2*hidden features."""
import torch
import torch.nn as nn


class PooledClassifier(nn.Module):
    def __init__(self, n_features, hidden, n_classes):
        super().__init__()
        self.rnn = nn.GRU(n_features, hidden, num_layers=2, batch_first=True,
                          bidirectional=True, dropout=0.3)
        self.bn = nn.BatchNorm1d(hidden * 2)
        self.fc = nn.Linear(hidden * 2, n_classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        pooled = out.mean(dim=1)
        return self.fc(self.bn(pooled))


def probe():
    model = PooledClassifier(n_features=5, hidden=6, n_classes=3)
    assert model(torch.randn(4, 10, 5)).shape == (4, 3)
