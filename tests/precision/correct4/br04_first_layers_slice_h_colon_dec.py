"""The decoder takes the first dec_layers of a deeper GRU encoder: h[:dec_layers]."""
import torch
import torch.nn as nn


class EncDec(nn.Module):
    def __init__(self, n_in, hidden, enc_layers=3, dec_layers=1):
        super().__init__()
        self.dec_layers = dec_layers
        self.enc = nn.GRU(n_in, hidden, enc_layers, batch_first=True)
        self.dec = nn.GRU(n_in, hidden, dec_layers, batch_first=True)

    def forward(self, src, tgt):
        _, h = self.enc(src)
        out, _ = self.dec(tgt, h[:self.dec_layers].contiguous())
        return out


def probe():
    result = EncDec(4, 6)(torch.randn(2, 5, 4), torch.randn(2, 3, 4)).shape
    assert result == (2, 3, 6)
    result = EncDec(4, 6, 3, 2)(torch.randn(2, 5, 4), torch.randn(2, 3, 4)).shape
    assert result == (2, 3, 6)
