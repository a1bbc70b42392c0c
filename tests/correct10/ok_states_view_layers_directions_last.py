"""h_n of a two-layer bidirectional GRU is viewed as (layers, directions, batch, hidden) and
the top layer's two directions are joined for the classifier."""
import torch
import torch.nn as nn


class DocClassifier(nn.Module):
    def __init__(self, n_in=32, hidden=24, layers=2, classes=4):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.gru = nn.GRU(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        _, h_n = self.gru(x)
        h_n = h_n.view(self.layers, 2, x.size(0), self.hidden)[-1]
        return self.fc(torch.cat([h_n[0], h_n[1]], dim=-1))


def probe():
    DocClassifier()(torch.randn(5, 11, 32))
