# expect: LC007 line 13
"""h_n of a bidirectional 2-layer LSTM viewed (layers, 2, B, H); the last layer's two
directions joined (2H) but the head is sized hidden."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, n_in, hidden, layers, classes):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.rnn = nn.LSTM(n_in, hidden, layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden, classes)  # fix: 2 * hidden

    def forward(self, x):
        _, (h_n, _) = self.rnn(x)
        h_n = h_n.view(self.layers, 2, x.size(0), self.hidden)
        return self.fc(torch.cat([h_n[-1, 0], h_n[-1, 1]], dim=1))


def probe():
    Classifier(4, 8, 2, 3)(torch.randn(2, 5, 4))
