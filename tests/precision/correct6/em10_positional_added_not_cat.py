"""A learned position embedding is added (not concatenated): the width stays emb_dim."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab=30, emb_dim=16, max_len=50, hidden=8):
        super().__init__()
        self.tok = nn.Embedding(vocab, emb_dim)
        self.pos = nn.Embedding(max_len, emb_dim)
        self.rnn = nn.GRU(emb_dim, hidden, batch_first=True)

    def forward(self, x):
        positions = torch.arange(x.size(1)).unsqueeze(0)
        return self.rnn(self.tok(x) + self.pos(positions))[0]


def probe():
    out = Encoder()(torch.randint(0, 30, (3, 11)))
    assert out.shape == (3, 11, 8)
