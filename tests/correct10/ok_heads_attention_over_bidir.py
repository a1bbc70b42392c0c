"""Additive attention over a bidirectional encoder's outputs, every layer sized 2 * hidden."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnClassifier(nn.Module):
    def __init__(self, n_in=12, hidden=16, classes=5):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.attn = nn.Linear(2 * hidden, 1)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        weights = F.softmax(self.attn(out), dim=1)
        context = (weights * out).sum(dim=1)
        return self.fc(context)


def probe():
    AttnClassifier()(torch.randn(4, 8, 12))
