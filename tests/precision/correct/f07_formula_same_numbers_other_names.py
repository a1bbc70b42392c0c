"""size = emb + dec_hidden where the context is enc_hidden wide; built with equal sizes."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, emb, enc_hidden, dec_hidden):
        super().__init__()
        size = emb + dec_hidden
        self.embed = nn.Embedding(10, emb)
        self.cell = nn.GRUCell(size, dec_hidden)

    def forward(self, word, context, h):
        return self.cell(torch.cat([self.embed(word), context], dim=1), h)


def probe():
    dec = Decoder(5, 7, 7)
    assert dec(torch.tensor([1, 2]), torch.randn(2, 7), torch.zeros(2, 7)).shape == (2, 7)
