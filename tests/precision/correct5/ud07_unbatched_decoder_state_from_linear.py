"""A feature vector projected to an initial unbatched state (1, H) for a one-layer GRU."""
import torch
import torch.nn as nn


class Describer(nn.Module):
    def __init__(self, feat=12, hidden=8, vocab=20):
        super().__init__()
        self.init_h = nn.Linear(feat, hidden)
        self.embed = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, feature, steps=4):   # feature: (feat,)
        h = torch.tanh(self.init_h(feature)).unsqueeze(0)   # (1, H)
        token = torch.tensor([0])
        for _ in range(steps):
            y, h = self.gru(self.embed(token), h)
            token = self.out(y).argmax(-1)
        return token


def probe():
    Describer()(torch.randn(12))
