"""A state object whose __init__ stores (h,) and whose decoder takes state.hidden[0]; a later
update stores the GRU's new h as a 1-tuple again."""
import torch
import torch.nn as nn


class DecState:
    def __init__(self, h):
        self.hidden = (h,)

    def update(self, h):
        self.hidden = (h,)


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 6, 2)

    def forward(self, y, state: DecState):
        out, h = self.rnn(y, state.hidden[0])
        state.update(h)
        return out


def probe():
    state = DecState(torch.zeros(2, 3, 6))
    dec = Decoder()
    for _ in range(2):
        out = dec(torch.randn(1, 3, 4), state)
    assert out.shape == (1, 3, 6)
