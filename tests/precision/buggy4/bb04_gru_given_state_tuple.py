# expect: LC009 line 17
"""The decoder keeps its state as a tuple (h,) and hands the tuple itself to the GRU."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden)
        self.state = None

    def init_state(self, encoder_final):
        self.state = (encoder_final,)

    def forward(self, tgt):
        out, h = self.rnn(tgt, self.state)  # fix: self.state[0]
        self.state = (h,)
        return out


def probe():
    enc = nn.GRU(3, 6)
    dec = Decoder(3, 6)
    _, h = enc(torch.randn(5, 2, 3))
    dec.init_state(h)
    dec(torch.randn(4, 2, 3))
