# source: a correct look-alike (torch runs it)
# torch: runs
import torch
import torch.nn as nn


class Bridge(nn.Module):
    def __init__(self, emb, hidden):
        super().__init__()
        self.encoder = nn.LSTM(emb, hidden)
        self.decoder = nn.GRU(emb, hidden)
        self.cell = nn.GRUCell(emb, hidden)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        out, _ = self.decoder(tgt, h)
        step = self.cell(tgt[0], h[-1])
        return out, step


def probe():
    Bridge(8, 16)(torch.zeros(5, 3, 8), torch.zeros(4, 3, 8))
