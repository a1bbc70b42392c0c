"""A dataclass carries the decoder state (h, c) between steps; the LSTM gets the pair."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class DecoderState:
    hidden: torch.Tensor
    cell: torch.Tensor

    def as_tuple(self):
        return (self.hidden, self.cell)


class Decoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def step(self, x, state: DecoderState):
        out, (h, c) = self.lstm(x, state.as_tuple())
        return out, DecoderState(h, c)


def probe():
    dec = Decoder(3, 6)
    state = DecoderState(torch.zeros(1, 2, 6), torch.zeros(1, 2, 6))
    for _ in range(4):
        out, state = dec.step(torch.randn(2, 1, 3), state)
    assert out.shape == (2, 1, 6)
