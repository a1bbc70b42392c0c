# expect: LC009 line 15
"""An LSTM encoder's whole (h, c) pair handed to a GRU decoder."""
import torch
import torch.nn as nn


class Mixed(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, 2)
        self.decoder = nn.GRU(n_in, hidden, 2)

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        out, _ = self.decoder(tgt, state)  # fix: state[0], the GRU takes h_0 alone
        return out


def probe():
    Mixed(4, 7)(torch.randn(5, 2, 4), torch.randn(3, 2, 4))
