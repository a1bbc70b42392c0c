"""A bridge that is a Linear when the two widths differ and nn.Identity when they agree: the
decoder gets a state of its width either way."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in, enc_hidden, dec_hidden):
        super().__init__()
        self.encoder = nn.GRU(n_in, enc_hidden)
        self.decoder = nn.GRU(n_in, dec_hidden)
        if enc_hidden != dec_hidden:
            self.bridge = nn.Linear(enc_hidden, dec_hidden)
        else:
            self.bridge = nn.Identity()

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        return self.decoder(tgt, self.bridge(h))[0]


model = Seq2Seq(3, 16, 16)
out = model(torch.randn(5, 2, 3), torch.randn(4, 2, 3))


def probe():
    assert out.shape == (4, 2, 16)
    other = Seq2Seq(3, 16, 8)(torch.randn(5, 2, 3), torch.randn(4, 2, 3))
    assert other.shape == (4, 2, 8)
