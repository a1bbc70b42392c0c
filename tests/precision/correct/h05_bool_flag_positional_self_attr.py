"""A helper's flag comes from self.bidirectional, passed positionally."""
import torch
import torch.nn as nn


def last_hidden(h, bidirectional):
    if bidirectional:
        return torch.cat((h[-2], h[-1]), dim=1)
    return h[-1]


class Classifier(nn.Module):
    def __init__(self, n_in, hidden, bidirectional=False):
        super().__init__()
        self.bidirectional = bidirectional
        self.gru = nn.GRU(n_in, hidden, 2, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden * 2 if bidirectional else hidden, 4)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(last_hidden(h, self.bidirectional))


def probe():
    x = torch.randn(3, 6, 2)
    assert Classifier(2, 5)(x).shape == (3, 4)
    assert Classifier(2, 5, True)(x).shape == (3, 4)
