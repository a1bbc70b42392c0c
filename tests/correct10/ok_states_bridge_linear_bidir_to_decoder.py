"""A bridge maps each layer's concatenated forward/backward state to the decoder's size,
keeping the layer count."""
import torch
import torch.nn as nn


class Bridge(nn.Module):
    def __init__(self, n_in=12, enc_hidden=10, dec_hidden=14, layers=2):
        super().__init__()
        self.layers = layers
        self.encoder = nn.GRU(n_in, enc_hidden, layers, bidirectional=True)
        self.bridge = nn.Linear(2 * enc_hidden, dec_hidden)
        self.decoder = nn.GRU(n_in, dec_hidden, layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        batch = src.size(1)
        h = h.view(self.layers, 2, batch, -1).transpose(1, 2).reshape(self.layers, batch, -1)
        out, _ = self.decoder(tgt, torch.tanh(self.bridge(h)))
        return out


def probe():
    Bridge()(torch.randn(9, 4, 12), torch.randn(3, 4, 12))
