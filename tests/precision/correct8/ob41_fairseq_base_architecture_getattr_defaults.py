"""fairseq's LSTM model style: base_architecture(args) fills defaults with getattr(args, name,
default), build_model(cls, args) builds an encoder whose output_units double when bidirectional
and a decoder whose attention reads encoder_output_units."""
import argparse

import torch
import torch.nn as nn


class LSTMEncoder(nn.Module):
    def __init__(self, embed_dim, hidden_size, num_layers, bidirectional):
        super().__init__()
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers, bidirectional=bidirectional)
        self.output_units = hidden_size * (2 if bidirectional else 1)

    def forward(self, x):
        return self.lstm(x)[0]


class LSTMDecoder(nn.Module):
    def __init__(self, embed_dim, hidden_size, encoder_output_units):
        super().__init__()
        self.encoder_proj = nn.Linear(encoder_output_units, hidden_size)
        self.cell = nn.LSTMCell(embed_dim + hidden_size, hidden_size)
        self.hidden_size = hidden_size

    def forward(self, prev, encoder_out):
        keys = self.encoder_proj(encoder_out)
        h = c = prev.new_zeros(prev.size(1), self.hidden_size)
        ctx = keys.mean(0)
        outs = []
        for t in range(prev.size(0)):
            h, c = self.cell(torch.cat([prev[t], ctx], -1), (h, c))
            scores = torch.softmax((keys * h.unsqueeze(0)).sum(-1), dim=0)
            ctx = (scores.unsqueeze(-1) * keys).sum(0)
            outs.append(h)
        return torch.stack(outs)


class LSTMModel(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder, self.decoder = encoder, decoder

    @classmethod
    def build_model(cls, args):
        base_architecture(args)
        encoder = LSTMEncoder(args.encoder_embed_dim, args.encoder_hidden_size,
                              args.encoder_layers, args.encoder_bidirectional)
        decoder = LSTMDecoder(args.decoder_embed_dim, args.decoder_hidden_size,
                              encoder.output_units)
        return cls(encoder, decoder)

    def forward(self, src, prev):
        return self.decoder(prev, self.encoder(src))


def base_architecture(args):
    args.encoder_embed_dim = getattr(args, "encoder_embed_dim", 16)
    args.encoder_hidden_size = getattr(args, "encoder_hidden_size", args.encoder_embed_dim)
    args.encoder_layers = getattr(args, "encoder_layers", 1)
    args.encoder_bidirectional = getattr(args, "encoder_bidirectional", False)
    args.decoder_embed_dim = getattr(args, "decoder_embed_dim", 16)
    args.decoder_hidden_size = getattr(args, "decoder_hidden_size", args.decoder_embed_dim)


def probe():
    for ns in (argparse.Namespace(), argparse.Namespace(encoder_bidirectional=True, encoder_layers=2,
                                                       encoder_hidden_size=24)):
        model = LSTMModel.build_model(ns)
        out = model(torch.randn(7, 2, ns.encoder_embed_dim), torch.randn(4, 2, ns.decoder_embed_dim))
        assert out.shape == (4, 2, ns.decoder_hidden_size)
