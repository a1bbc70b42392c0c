"""A GRUCell decoder whose input is the previous output joined with a BiGRU's context (2h)."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, n_in=4, enc_hidden=6, dec_hidden=10, n_out=3):
        super().__init__()
        self.encoder = nn.GRU(n_in, enc_hidden, bidirectional=True, batch_first=True)
        self.cell = nn.GRUCell(n_out + 2 * enc_hidden, dec_hidden)
        self.out = nn.Linear(dec_hidden, n_out)
        self.n_out, self.dec_hidden = n_out, dec_hidden

    def forward(self, x, steps=4):
        enc, _ = self.encoder(x)
        context = enc.mean(1)
        y = x.new_zeros(x.size(0), self.n_out)
        h = x.new_zeros(x.size(0), self.dec_hidden)
        outs = []
        for _ in range(steps):
            h = self.cell(torch.cat([y, context], dim=1), h)
            y = self.out(h)
            outs.append(y)
        return torch.stack(outs, 1)


def probe():
    out = Decoder()(torch.randn(2, 5, 4))
    assert out.shape == (2, 4, 3)
