"""num_directions is computed from the flag and multiplies the head's width."""
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self, emb=20, hidden=12, bidirectional=True, tags=7):
        super().__init__()
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(emb, hidden, bidirectional=bidirectional)
        self.hidden2tag = nn.Linear(hidden * self.num_directions, tags)

    def forward(self, x):
        return self.hidden2tag(self.rnn(x)[0])


def probe():
    Tagger()(torch.randn(6, 2, 20))
