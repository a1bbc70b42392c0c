"""A bridge built as nn.Sequential(Linear(2H, D), Tanh()) and applied to every layer's joined
directions; decoder D wide, same layer count."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, enc_h, dec_h, layers):
        super().__init__()
        self.encoder = nn.GRU(n_in, enc_h, layers, bidirectional=True, batch_first=True)
        self.bridge = nn.Sequential(nn.Linear(2 * enc_h, dec_h), nn.Tanh())
        self.decoder = nn.GRU(n_in, dec_h, layers, batch_first=True)
        self.layers, self.enc_h = layers, enc_h

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = h.view(self.layers, 2, -1, self.enc_h)
        h = torch.cat([h[:, 0], h[:, 1]], dim=-1)
        out, _ = self.decoder(tgt, self.bridge(h))
        return out


def probe():
    assert Model(3, 7, 11, 2)(torch.randn(4, 6, 3), torch.randn(4, 2, 3)).shape == (4, 2, 11)
