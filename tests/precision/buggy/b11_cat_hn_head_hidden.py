# expect: LC007 line 12
"""Both final directions concatenated (2*hidden) into a head built for hidden."""
import torch
from torch import nn


class SentenceEncoder(nn.Module):
    def __init__(self, vocab, emb, hidden, n_cls):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(hidden, n_cls)  # fix: 2 * hidden

    def forward(self, ids):
        _, h_n = self.gru(self.emb(ids))
        return self.out(torch.cat((h_n[-2], h_n[-1]), dim=1))


def probe():
    SentenceEncoder(60, 8, 10, 4)(torch.randint(0, 60, (3, 7)))
