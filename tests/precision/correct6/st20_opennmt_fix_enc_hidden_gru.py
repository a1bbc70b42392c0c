"""OpenNMT's _fix_enc_hidden for a GRU: a brnn's (layers*2, B, H/2) state becomes (layers, B, H)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=6, rnn_size=10, layers=2):
        super().__init__()
        self.rnn = nn.GRU(n_in, rnn_size // 2, layers, bidirectional=True)

    def forward(self, src):
        return self.rnn(src)


def fix_enc_hidden(hidden):
    return torch.cat([hidden[0:hidden.size(0):2], hidden[1:hidden.size(0):2]], 2)


class Decoder(nn.Module):
    def __init__(self, n_in=6, rnn_size=10, layers=2):
        super().__init__()
        self.rnn = nn.GRU(n_in, rnn_size, layers)

    def forward(self, tgt, state):
        return self.rnn(tgt, state)[0]


def probe():
    memory, hidden = Encoder()(torch.randn(7, 3, 6))
    out = Decoder()(torch.randn(4, 3, 6), fix_enc_hidden(hidden))
    assert out.shape == (4, 3, 10) and memory.shape == (7, 3, 10)
