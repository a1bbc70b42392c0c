"""OpenNMT's `_fix_enc_hidden` written as a tuple comprehension over (h, c): layers' forward
and backward rows (0::2, 1::2) joined on the feature dim for a decoder of 2H."""
import torch
import torch.nn as nn


class RNNEncoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden // 2, layers, bidirectional=True)

    def forward(self, src):
        memory, enc_state = self.rnn(src)
        enc_state = tuple(torch.cat([s[0::2], s[1::2]], 2) for s in enc_state)
        return memory, enc_state


class RNNDecoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden, layers)

    def forward(self, tgt, state):
        return self.rnn(tgt, state)[0]


def probe():
    enc, dec = RNNEncoder(6, 32, 2), RNNDecoder(6, 32, 2)
    memory, state = enc(torch.randn(10, 4, 6))
    assert memory.shape == (10, 4, 32)
    assert dec(torch.randn(3, 4, 6), state).shape == (3, 4, 32)
