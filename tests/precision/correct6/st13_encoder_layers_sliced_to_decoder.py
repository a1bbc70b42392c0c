"""A 4-layer encoder's state handed to a 2-layer decoder: the top two layers are sliced off."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in=4, hidden=10, enc_layers=4, dec_layers=2):
        super().__init__()
        self.dec_layers = dec_layers
        self.encoder = nn.LSTM(n_in, hidden, enc_layers, batch_first=True)
        self.decoder = nn.LSTM(n_in, hidden, dec_layers, batch_first=True)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        state = (h[-self.dec_layers:].contiguous(), c[-self.dec_layers:].contiguous())
        return self.decoder(tgt, state)[0]


def probe():
    out = Seq2Seq()(torch.randn(2, 6, 4), torch.randn(2, 3, 4))
    assert out.shape == (2, 3, 10)
