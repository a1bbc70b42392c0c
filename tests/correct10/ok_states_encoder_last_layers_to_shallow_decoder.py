"""A three-layer encoder hands only its top layer's state to a one-layer decoder."""
import torch
from torch import nn


class Summarizer(nn.Module):
    def __init__(self, n_in=10, hidden=16):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, num_layers=3)
        self.decoder = nn.LSTM(n_in, hidden, num_layers=1)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        state = (h[-1:].contiguous(), c[-1:].contiguous())
        out, _ = self.decoder(tgt, state)
        return out


def probe():
    Summarizer()(torch.randn(8, 2, 10), torch.randn(3, 2, 10))
