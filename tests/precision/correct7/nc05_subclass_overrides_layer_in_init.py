"""The subclass replaces the base's GRU with a bidirectional one and resizes the head too."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, n_hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, n_hidden, batch_first=True)
        self.head = nn.Linear(n_hidden, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


class BiEncoder(Encoder):
    def __init__(self, n_in, n_hidden):
        super().__init__(n_in, n_hidden)
        self.rnn = nn.GRU(n_in, n_hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * n_hidden, 2)


def probe():
    for cls in (Encoder, BiEncoder):
        assert cls(3, 7)(torch.randn(2, 5, 3)).shape == (2, 2)
