"""OpenNMT style: num_directions = 2 if opt.brnn else 1, hidden split so the output is rnn_size."""
import argparse

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, opt):
        super().__init__()
        self.num_directions = 2 if opt.brnn else 1
        assert opt.rnn_size % self.num_directions == 0
        self.hidden_size = opt.rnn_size // self.num_directions
        self.rnn = nn.LSTM(opt.word_vec_size, self.hidden_size, num_layers=opt.layers,
                           dropout=opt.dropout, bidirectional=opt.brnn)

    def forward(self, emb):
        return self.rnn(emb)


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("-brnn", action="store_true")
    p.add_argument("-rnn_size", type=int, default=12)
    p.add_argument("-word_vec_size", type=int, default=5)
    p.add_argument("-layers", type=int, default=2)
    p.add_argument("-dropout", type=float, default=0.3)
    opt = p.parse_args(argv)
    enc = Encoder(opt)
    out, _ = enc(torch.randn(4, 3, opt.word_vec_size))
    head = nn.Linear(opt.rnn_size, 7)
    return head(out)


def probe():
    main(["-brnn"])
    main([])
