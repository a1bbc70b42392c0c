"""fairseq style: base_architecture fills args with getattr(args, name, default) only where the
parser left a value out; the parser's values win."""
import argparse

import torch
import torch.nn as nn


def base_architecture(args):
    args.encoder_embed_dim = getattr(args, "encoder_embed_dim", 512)
    args.encoder_hidden_size = getattr(args, "encoder_hidden_size", args.encoder_embed_dim)
    args.encoder_layers = getattr(args, "encoder_layers", 1)
    args.encoder_bidirectional = getattr(args, "encoder_bidirectional", False)
    args.decoder_out_embed_dim = getattr(args, "decoder_out_embed_dim", 512)


class LSTMEncoder(nn.Module):
    def __init__(self, vocab, embed_dim, hidden_size, num_layers, bidirectional):
        super().__init__()
        self.embed_tokens = nn.Embedding(vocab, embed_dim)
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers, bidirectional=bidirectional)
        self.output_units = hidden_size * (2 if bidirectional else 1)

    def forward(self, src_tokens):               # (T, B)
        return self.lstm(self.embed_tokens(src_tokens))[0]


def build_model(args, vocab):
    base_architecture(args)
    encoder = LSTMEncoder(vocab, args.encoder_embed_dim, args.encoder_hidden_size,
                          args.encoder_layers, args.encoder_bidirectional)
    proj = nn.Linear(encoder.output_units, args.decoder_out_embed_dim)
    return nn.Sequential(encoder, proj)


def probe():
    p = argparse.ArgumentParser()
    p.add_argument("--encoder-embed-dim", type=int)
    p.add_argument("--encoder-hidden-size", type=int)
    p.add_argument("--encoder-bidirectional", action="store_true")
    args = p.parse_args(["--encoder-embed-dim", "16", "--encoder-hidden-size", "12",
                         "--encoder-bidirectional"])
    for name in ("encoder_embed_dim", "encoder_hidden_size"):
        if getattr(args, name) is None:
            delattr(args, name)
    model = build_model(args, vocab=30)
    out = model(torch.randint(0, 30, (7, 2)))
    assert out.shape == (7, 2, 512)
