# expect: LC007 line 11
"""All layers' and directions' final states flattened (layers * 2 * H), the head takes 2 * H."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, n_in, hidden, layers, classes):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, classes)  # fix: layers * 2 * hidden

    def forward(self, x):
        _, h = self.rnn(x)
        flat = h.permute(1, 0, 2).reshape(x.size(0), -1)
        return self.head(flat)


def probe():
    Classifier(3, 5, 2, 4)(torch.randn(6, 7, 3))
