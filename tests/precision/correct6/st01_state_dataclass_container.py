"""A decoder state kept in a dataclass (hidden, cell); built from the encoder's final state."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class DecoderState:
    hidden: torch.Tensor
    cell: torch.Tensor

    def as_tuple(self):
        return self.hidden, self.cell


class Seq2Seq(nn.Module):
    def __init__(self, n_in=4, hidden=10, layers=2):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.decoder = nn.LSTM(n_in, hidden, layers, batch_first=True)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        state = DecoderState(h, c)
        out, (h, c) = self.decoder(tgt, state.as_tuple())
        state = DecoderState(h, c)
        return out, state


def probe():
    out, state = Seq2Seq()(torch.randn(3, 5, 4), torch.randn(3, 2, 4))
    assert out.shape == (3, 2, 10) and state.hidden.shape == (2, 3, 10)
