# expect: LC009 line 11
"""A 2-layer encoder's state handed to a 1-layer decoder as is."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.decoder = nn.LSTM(n_in, hidden, batch_first=True)  # fix: num_layers=2

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        return self.decoder(tgt, state)[0]


def probe():
    Seq2Seq()(torch.randn(2, 5, 4), torch.randn(2, 3, 4))
