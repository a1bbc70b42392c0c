# expect: LC007 line 11
"""Attention pooling over a BiGRU's outputs with a scorer built for one direction."""
import torch
import torch.nn as nn


class AttnClassifier(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(hidden, 1)  # fix: 2 * hidden
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        weights = torch.softmax(self.score(out), dim=1)
        return self.fc((weights * out).sum(1))


def probe():
    AttnClassifier(4, 8, 3)(torch.randn(2, 6, 4))
