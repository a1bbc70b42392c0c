# source: https://github.com/magic282/SEASS/issues/11
"""SEASS run the way the maintainer answers the issue (bug_114 is the report): with -brnn the
DecInit Linear takes enc_rnn_size // 2 features, the width of one direction of the always
bidirectional encoder, and turns the last backward state into the decoder's first state. A
Linear sized from a flag beside a GRU built bidirectional regardless of it; with the flag the
sizes agree."""
import argparse

import torch
import torch.nn as nn

PAD = 0


class Encoder(nn.Module):
    def __init__(self, opt, vocab_size):
        self.layers = opt.layers
        self.num_directions = 2
        assert opt.enc_rnn_size % self.num_directions == 0
        self.hidden_size = opt.enc_rnn_size // self.num_directions
        super(Encoder, self).__init__()
        self.word_lut = nn.Embedding(vocab_size, opt.word_vec_size, padding_idx=PAD)
        self.rnn = nn.GRU(opt.word_vec_size, self.hidden_size, num_layers=opt.layers, dropout=opt.dropout,
                          bidirectional=True)

    def forward(self, src, hidden=None):
        outputs, hidden_t = self.rnn(self.word_lut(src), hidden)
        return hidden_t, outputs


class DecInit(nn.Module):
    def __init__(self, opt):
        super(DecInit, self).__init__()
        self.num_directions = 2 if opt.brnn else 1
        assert opt.enc_rnn_size % self.num_directions == 0
        self.enc_rnn_size = opt.enc_rnn_size
        self.dec_rnn_size = opt.dec_rnn_size
        self.initer = nn.Linear(self.enc_rnn_size // self.num_directions, self.dec_rnn_size)
        self.tanh = nn.Tanh()

    def forward(self, last_enc_h):
        return self.tanh(self.initer(last_enc_h))


def build_parser():
    parser = argparse.ArgumentParser(description='train.py')
    parser.add_argument('-layers', type=int, default=1)
    parser.add_argument('-enc_rnn_size', type=int, default=512)
    parser.add_argument('-dec_rnn_size', type=int, default=512)
    parser.add_argument('-word_vec_size', type=int, default=300)
    parser.add_argument('-brnn', action='store_true', help='Use a bidirectional encoder')
    parser.add_argument('-dropout', type=float, default=0.0)
    return parser


def probe():
    # run.sh passes -brnn
    opt = build_parser().parse_args(['-enc_rnn_size', '16', '-dec_rnn_size', '12', '-word_vec_size', '8', '-brnn'])
    encoder, dec_init = Encoder(opt, vocab_size=40), DecInit(opt)
    enc_hidden, context = encoder(torch.randint(1, 40, (7, 4)))
    dec_hidden = dec_init(enc_hidden[1]).unsqueeze(0)  # [1] is the last backward hidden
    assert dec_hidden.shape == (1, 4, 12) and context.shape == (7, 4, 16)


if __name__ == "__main__":
    probe()
