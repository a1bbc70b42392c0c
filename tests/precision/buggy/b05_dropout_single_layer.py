# expect: LC006 line 11
"""dropout= on a one-layer GRU: torch warns and applies none."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb_dim, hid_dim):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim, num_layers=1, dropout=0.5)  # fix: nn.Dropout on the output

    def forward(self, src):
        return self.rnn(self.embedding(src))


def probe():
    Encoder(50, 8, 16)(torch.randint(0, 50, (5, 2)))
