"""Additive attention pooling over a BiGRU's outputs; the scorer takes 2 * hidden."""
import torch
import torch.nn as nn


class AttnPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.score = nn.Sequential(nn.Linear(dim, dim // 2), nn.Tanh(), nn.Linear(dim // 2, 1))

    def forward(self, h):
        w = torch.softmax(self.score(h), dim=1)
        return (w * h).sum(1)


class Classifier(nn.Module):
    def __init__(self, n_in=6, hidden=12, classes=3):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.pool = AttnPool(hidden * 2)
        self.fc = nn.Linear(hidden * 2, classes)

    def forward(self, x):
        return self.fc(self.pool(self.rnn(x)[0]))


def probe():
    out = Classifier()(torch.randn(4, 9, 6))
    assert out.shape == (4, 3)
