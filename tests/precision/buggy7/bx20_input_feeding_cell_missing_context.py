# expect: LC008 line 11
"""Input feeding: the cell is fed cat(emb, previous output) but built for the embedding only."""
import torch
import torch.nn as nn


class InputFeedDecoder(nn.Module):
    def __init__(self, vocab, emb_dim, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb_dim)
        self.cell = nn.LSTMCell(emb_dim, hidden)  # fix: emb_dim + hidden
        self.out = nn.Linear(hidden, vocab)
        self.hidden = hidden

    def forward(self, tgt):
        B = tgt.size(0)
        h = c = torch.zeros(B, self.hidden)
        feed = torch.zeros(B, self.hidden)
        for t in range(tgt.size(1)):
            x = torch.cat([self.emb(tgt[:, t]), feed], dim=1)
            h, c = self.cell(x, (h, c))
            feed = h
        return self.out(h)


def probe():
    InputFeedDecoder(20, 6, 8)(torch.randint(0, 20, (3, 4)))
