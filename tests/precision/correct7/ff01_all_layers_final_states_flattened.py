"""All layers' and directions' final states flattened per sample: h.permute(1, 0, 2).reshape(B, -1),
the head takes layers * 2 * H."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, n_in, hidden, layers, classes):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, batch_first=True, bidirectional=True)
        self.head = nn.Linear(layers * 2 * hidden, classes)

    def forward(self, x):
        _, h = self.rnn(x)
        flat = h.permute(1, 0, 2).reshape(x.size(0), -1)
        return self.head(flat)


def probe():
    assert Classifier(3, 5, 2, 4)(torch.randn(6, 7, 3)).shape == (6, 4)
