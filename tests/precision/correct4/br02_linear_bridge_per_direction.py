"""A Linear bridge per state: the last layer's two directions joined (2H_enc) and mapped to the
decoder's H_dec, for h and for c."""
import torch
import torch.nn as nn


class Bridge(nn.Module):
    def __init__(self, enc_hidden, dec_hidden):
        super().__init__()
        self.h_proj = nn.Linear(2 * enc_hidden, dec_hidden)
        self.c_proj = nn.Linear(2 * enc_hidden, dec_hidden)

    def forward(self, h, c):
        h = torch.cat([h[-2], h[-1]], dim=-1)
        c = torch.cat([c[-2], c[-1]], dim=-1)
        return torch.tanh(self.h_proj(h)).unsqueeze(0), self.c_proj(c).unsqueeze(0)


class Model(nn.Module):
    def __init__(self, n_in=4, enc_hidden=8, dec_hidden=12):
        super().__init__()
        self.encoder = nn.LSTM(n_in, enc_hidden, num_layers=2, bidirectional=True)
        self.bridge = Bridge(enc_hidden, dec_hidden)
        self.decoder = nn.LSTM(n_in, dec_hidden)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        out, _ = self.decoder(tgt, self.bridge(h, c))
        return out


def probe():
    result = Model()(torch.randn(5, 3, 4), torch.randn(4, 3, 4)).shape
    assert result == (4, 3, 12)
