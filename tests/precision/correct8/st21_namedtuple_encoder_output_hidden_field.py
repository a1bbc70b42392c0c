"""The encoder returns a NamedTuple (outputs, hidden, lengths); the decoder reads `.hidden`,
a bidirectional state bridged with `cat(h[-2], h[-1])` into a one-layer decoder of 2H."""
from typing import NamedTuple

import torch
import torch.nn as nn


class EncoderOutput(NamedTuple):
    outputs: torch.Tensor
    hidden: torch.Tensor
    lengths: torch.Tensor


class Encoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)

    def forward(self, x, lengths):
        outputs, hidden = self.gru(x)
        return EncoderOutput(outputs, hidden, lengths)


class Decoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, y, enc: EncoderOutput):
        h0 = torch.cat([enc.hidden[-2], enc.hidden[-1]], dim=-1).unsqueeze(0)
        return self.gru(y, h0)[0]


def probe():
    enc, dec = Encoder(4, 6), Decoder(3, 12)
    memory = enc(torch.randn(2, 9, 4), torch.tensor([9, 7]))
    assert dec(torch.randn(2, 5, 3), memory).shape == (2, 5, 12)
