"""Luong attention with a 2-layer decoder: the query is hidden[-1] (B, H), one layer."""
import torch
import torch.nn as nn


class AttnDecoder(nn.Module):
    def __init__(self, vocab, hid, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, hid)
        self.rnn = nn.GRU(hid, hid, layers)
        self.concat = nn.Linear(2 * hid, hid)
        self.out = nn.Linear(hid, vocab)

    def forward(self, token, hidden, enc_out):   # enc_out (L, B, H)
        out, hidden = self.rnn(self.embed(token).unsqueeze(0), hidden)
        query = hidden[-1]                                      # (B, H)
        scores = torch.bmm(enc_out.transpose(0, 1), query.unsqueeze(2)).squeeze(2)
        context = torch.bmm(scores.softmax(1).unsqueeze(1), enc_out.transpose(0, 1)).squeeze(1)
        return self.out(torch.tanh(self.concat(torch.cat([out.squeeze(0), context], 1)))), hidden


def probe():
    dec = AttnDecoder(20, 8)
    dec(torch.tensor([1, 2, 3]), torch.zeros(2, 3, 8), torch.randn(6, 3, 8))
