"""An encoder of hidden 16 bridged to a decoder of hidden 24, layer by layer, with a Linear."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in=4, enc_hidden=16, dec_hidden=24, layers=2):
        super().__init__()
        self.encoder = nn.LSTM(n_in, enc_hidden, layers)
        self.decoder = nn.LSTM(n_in, dec_hidden, layers)
        self.bridge_h = nn.Linear(enc_hidden, dec_hidden)
        self.bridge_c = nn.Linear(enc_hidden, dec_hidden)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        state = (torch.tanh(self.bridge_h(h)), self.bridge_c(c))
        return self.decoder(tgt, state)[0]


def probe():
    out = Seq2Seq()(torch.randn(5, 2, 4), torch.randn(3, 2, 4))
    assert out.shape == (3, 2, 24)
