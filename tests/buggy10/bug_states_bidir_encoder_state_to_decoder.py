"""A bidirectional encoder's (h, c), of 2 * layers rows, goes straight to a one-direction
decoder of the same num_layers."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in=5, hidden=7, layers=2):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.LSTM(n_in, hidden, layers)

    def forward(self, src, tgt):
        _, state = self.encoder(src)  # expect: LC009
        out, _ = self.decoder(tgt, state)
        return out


def probe():
    Seq2Seq()(torch.randn(6, 3, 5), torch.randn(2, 3, 5))
