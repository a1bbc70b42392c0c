# expect: LC007 line 9
"""A helper returns (layer, width) but the width ignores the bidirectional flag it was given."""
import torch
import torch.nn as nn


def build_encoder(n_in, hidden, bidirectional):
    rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=bidirectional)
    return rnn, hidden  # fix: hidden * (2 if bidirectional else 1)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder, width = build_encoder(5, 9, bidirectional=True)
        self.head = nn.Linear(width, 3)

    def forward(self, x):
        return self.head(self.encoder(x)[0])


def probe():
    Model()(torch.randn(2, 6, 5))
