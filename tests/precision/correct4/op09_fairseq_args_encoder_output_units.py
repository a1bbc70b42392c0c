"""fairseq-style args: encoder_output_units = hidden * 2 when bidirectional; the decoder's
attention input projection and its initial-state projections are sized from it."""
import argparse

import torch
import torch.nn as nn

args = argparse.Namespace(embed_dim=6, encoder_hidden=8, encoder_layers=1,
                          encoder_bidirectional=True, decoder_hidden=12)


class Encoder(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.lstm = nn.LSTM(args.embed_dim, args.encoder_hidden, args.encoder_layers,
                            bidirectional=args.encoder_bidirectional)
        self.output_units = args.encoder_hidden * (2 if args.encoder_bidirectional else 1)

    def forward(self, x):
        outs, (h, c) = self.lstm(x)
        if self.lstm.bidirectional:
            h = torch.cat([h[-2], h[-1]], -1)
            c = torch.cat([c[-2], c[-1]], -1)
        else:
            h, c = h[-1], c[-1]
        return outs, h, c


class Decoder(nn.Module):
    def __init__(self, args, encoder_output_units):
        super().__init__()
        self.init_h = nn.Linear(encoder_output_units, args.decoder_hidden)
        self.init_c = nn.Linear(encoder_output_units, args.decoder_hidden)
        self.input_proj = nn.Linear(args.decoder_hidden, encoder_output_units, bias=False)
        self.cell = nn.LSTMCell(args.embed_dim, args.decoder_hidden)

    def forward(self, y, outs, h, c):
        h, c = self.init_h(h), self.init_c(c)
        for t in range(y.size(0)):
            h, c = self.cell(y[t], (h, c))
            scores = (outs * self.input_proj(h).unsqueeze(0)).sum(-1)
        return h, scores


encoder = Encoder(args)
decoder = Decoder(args, encoder.output_units)
outs, h, c = encoder(torch.randn(7, 2, 6))
h_last, scores = decoder(torch.randn(3, 2, 6), outs, h, c)


def probe():
    assert h_last.shape == (2, 12) and scores.shape == (7, 2)
