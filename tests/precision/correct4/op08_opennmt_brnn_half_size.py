"""OpenNMT's opt: with brnn the encoder's hidden per direction is rnn_size // 2, and
_fix_enc_hidden joins the directions back to rnn_size for the decoder."""
import argparse

import torch
import torch.nn as nn

opt = argparse.Namespace(rnn_size=10, layers=2, word_vec_size=6, brnn=True, rnn_type="LSTM")


class Encoder(nn.Module):
    def __init__(self, opt):
        super().__init__()
        self.num_directions = 2 if opt.brnn else 1
        assert opt.rnn_size % self.num_directions == 0
        self.hidden_size = opt.rnn_size // self.num_directions
        self.rnn = getattr(nn, opt.rnn_type)(opt.word_vec_size, self.hidden_size, opt.layers,
                                              bidirectional=opt.brnn)

    def forward(self, emb):
        return self.rnn(emb)


class Decoder(nn.Module):
    def __init__(self, opt):
        super().__init__()
        self.rnn = getattr(nn, opt.rnn_type)(opt.word_vec_size, opt.rnn_size, opt.layers)

    def forward(self, emb, state):
        return self.rnn(emb, state)


def fix_enc_hidden(h):
    return torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)


encoder, decoder = Encoder(opt), Decoder(opt)
memory, (h, c) = encoder(torch.randn(8, 3, 6))
if opt.brnn:
    h, c = fix_enc_hidden(h), fix_enc_hidden(c)
out, _ = decoder(torch.randn(4, 3, 6), (h, c))


def probe():
    assert memory.shape == (8, 3, 10) and out.shape == (4, 3, 10)
