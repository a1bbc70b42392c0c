# expect: LC009 line 15
"""The decoder is an LSTM but only h of the encoder's (h, c) is handed over."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden)
        self.decoder = nn.LSTM(n_in, hidden)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        out, _ = self.decoder(tgt, h)  # fix: (h, c)
        return out


def probe():
    Seq2Seq(4, 6)(torch.randn(5, 2, 4), torch.randn(3, 2, 4))
