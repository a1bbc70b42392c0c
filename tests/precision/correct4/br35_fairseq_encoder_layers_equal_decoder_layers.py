"""fairseq's decoder reads `[encoder_hiddens[i] for i in range(num_layers)]` where its
num_layers equals the encoder's (both from args.layers)."""
import argparse

import torch
import torch.nn as nn


def build(args):
    encoder = nn.LSTM(args.embed, args.hidden, args.layers)
    cells = nn.ModuleList([nn.LSTMCell(args.embed if i == 0 else args.hidden, args.hidden)
                           for i in range(args.layers)])
    return encoder, cells


def decode_step(cells, x, encoder_hiddens, encoder_cells):
    num_layers = len(cells)
    prev_hiddens = [encoder_hiddens[i] for i in range(num_layers)]
    prev_cells = [encoder_cells[i] for i in range(num_layers)]
    for i, rnn in enumerate(cells):
        x, _ = rnn(x, (prev_hiddens[i], prev_cells[i]))
    return x


def probe():
    args = argparse.Namespace(embed=4, hidden=6, layers=3)
    encoder, cells = build(args)
    _, (h, c) = encoder(torch.randn(5, 2, 4))
    result = decode_step(cells, torch.randn(2, 4), h, c).shape
    assert result == (2, 6)
