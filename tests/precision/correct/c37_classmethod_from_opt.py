"""OpenNMT-style: an encoder built from an options object by a classmethod and a factory."""
from types import SimpleNamespace

import torch
import torch.nn as nn


def rnn_factory(rnn_type, **kwargs):
    return getattr(nn, rnn_type)(**kwargs)


class RNNEncoder(nn.Module):
    def __init__(self, rnn_type, bidirectional, num_layers, hidden_size, emb_size, dropout=0.0):
        super().__init__()
        num_directions = 2 if bidirectional else 1
        assert hidden_size % num_directions == 0
        hidden_size = hidden_size // num_directions
        self.rnn = rnn_factory(rnn_type, input_size=emb_size, hidden_size=hidden_size,
                               num_layers=num_layers, dropout=dropout,
                               bidirectional=bidirectional)

    @classmethod
    def from_opt(cls, opt):
        return cls(opt.rnn_type, opt.brnn, opt.enc_layers, opt.enc_rnn_size,
                   opt.src_word_vec_size, opt.dropout)

    def forward(self, emb):
        memory_bank, final = self.rnn(emb)
        return memory_bank, final


def probe():
    opt = SimpleNamespace(rnn_type="LSTM", brnn=True, enc_layers=2, enc_rnn_size=16,
                          src_word_vec_size=6, dropout=0.3)
    encoder = RNNEncoder.from_opt(opt)
    bank, (h, c) = encoder(torch.randn(4, 2, 6))
    assert bank.shape == (4, 2, 16) and h.shape == (4, 2, 8)
