"""Directions of a bidirectional LSTM summed per layer with view(L, 2, B, H).sum(1), so a
one-way decoder of the same layers and width takes both h and c."""
import torch
import torch.nn as nn

LAYERS, HIDDEN = 2, 20


def merge_directions(state):
    return state.view(LAYERS, 2, state.size(1), HIDDEN).sum(dim=1)


class EncoderDecoder(nn.Module):
    def __init__(self, src_dim, trg_dim):
        super().__init__()
        self.encoder = nn.LSTM(src_dim, HIDDEN, LAYERS, bidirectional=True)
        self.decoder = nn.LSTM(trg_dim, HIDDEN, LAYERS)

    def forward(self, src, trg):
        _, (h, c) = self.encoder(src)
        out, _ = self.decoder(trg, (merge_directions(h), merge_directions(c)))
        return out


def probe():
    model = EncoderDecoder(5, 7)
    assert model(torch.randn(9, 3, 5), torch.randn(4, 3, 7)).shape == (4, 3, HIDDEN)
