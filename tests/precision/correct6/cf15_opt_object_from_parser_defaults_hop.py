"""OpenNMT-style: opt from a parser, passed through two builders; each reads the field it needs."""
import argparse

import torch
import torch.nn as nn


def model_opts(parser):
    parser.add_argument("-word_vec_size", type=int, default=30)
    parser.add_argument("-rnn_size", type=int, default=50)
    parser.add_argument("-layers", type=int, default=2)
    parser.add_argument("-brnn", action="store_true")
    parser.add_argument("-dropout", type=float, default=0.3)


class RNNEncoder(nn.Module):
    def __init__(self, num_layers, bidirectional, hidden_size, dropout, emb_size):
        super().__init__()
        num_directions = 2 if bidirectional else 1
        assert hidden_size % num_directions == 0
        self.rnn = nn.LSTM(emb_size, hidden_size // num_directions, num_layers,
                           dropout=dropout, bidirectional=bidirectional)

    def forward(self, emb):
        return self.rnn(emb)


def build_encoder(opt):
    return RNNEncoder(opt.layers, opt.brnn, opt.rnn_size, opt.dropout, opt.word_vec_size)


def build_model(opt):
    return build_encoder(opt)


def probe():
    parser = argparse.ArgumentParser()
    model_opts(parser)
    for argv in ([], ["-brnn"]):
        opt = parser.parse_args(argv)
        out, (h, c) = build_model(opt)(torch.randn(8, 2, 30))
        assert out.shape == (8, 2, 50)
