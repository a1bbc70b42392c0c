"""The encoder's last layer repeated for each decoder layer: h[-1:].repeat(dec_layers, 1, 1)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=4, hidden=8, enc_layers=3, dec_layers=2):
        super().__init__()
        self.dec_layers = dec_layers
        self.encoder = nn.GRU(n_in, hidden, enc_layers, batch_first=True)
        self.decoder = nn.GRU(n_in, hidden, dec_layers, batch_first=True)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        return self.decoder(tgt, h[-1:].repeat(self.dec_layers, 1, 1))[0]


def probe():
    out = Model()(torch.randn(2, 5, 4), torch.randn(2, 3, 4))
    assert out.shape == (2, 3, 8)
