"""One opt object handed to an encoder and a decoder, its hidden size changed between the two
constructions; each reads opt.hidden only while it is built."""
from types import SimpleNamespace

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, opt):
        super().__init__()
        self.opt = opt
        self.rnn = nn.LSTM(opt.n_in, opt.hidden)
        self.hidden = opt.hidden

    def forward(self, x):
        h = torch.zeros(1, x.size(1), self.hidden)
        return self.rnn(x, (h, h))[0]


class Decoder(nn.Module):
    def __init__(self, opt, enc_width):
        super().__init__()
        self.opt = opt
        self.rnn = nn.GRU(enc_width, opt.hidden)

    def forward(self, memory):
        return self.rnn(memory)[0]


def probe():
    opt = SimpleNamespace(n_in=4, hidden=6)
    enc = Encoder(opt)
    opt.hidden = 10
    dec = Decoder(opt, enc.hidden)
    out = dec(enc(torch.randn(5, 2, 4)))
    assert out.shape == (5, 2, 10)
