# A one-way encoder whose bridge keeps its width for a decoder of the same width: correct.
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, emb=6, hid=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hid)
        self.bridge = nn.Linear(hid, hid)
        self.decoder = nn.GRU(emb, hid)

    def forward(self, src, trg):
        _, hidden = self.encoder(self.embed(src))
        state = torch.tanh(self.bridge(hidden[-1]))
        output, _ = self.decoder(self.embed(trg), state.unsqueeze(0))
        return output


def probe():
    Seq2Seq(30, emb=6, hid=8)(torch.randint(0, 30, (7, 3)), torch.randint(0, 30, (5, 3)))
