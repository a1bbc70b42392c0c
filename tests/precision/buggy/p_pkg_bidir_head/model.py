"""A classifier that keeps its head as given; the bug is where train.py builds it."""
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, n_features, hidden, head_in, n_classes, bidirectional):
        super().__init__()
        self.rnn = nn.GRU(n_features, hidden, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(head_in, n_classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])
