"""A one-layer bidirectional encoder's h_n is (2, B, H); a two-layer one-way decoder of width
H takes it as it is (directions become layers), as some seq2seq tutorials do."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, num_layers=1, bidirectional=True)
        self.decoder = nn.GRU(n_in, hidden, num_layers=2)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        out, _ = self.decoder(tgt, h)
        return out


def probe():
    assert Model(4, 9)(torch.randn(5, 3, 4), torch.randn(6, 3, 4)).shape == (6, 3, 9)
