"""argparse args handed main -> build_model -> Encoder; the encoder reads args.emb_dim."""
import argparse

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.embedding = nn.Embedding(args.vocab, args.emb_dim)
        self.rnn = nn.LSTM(args.emb_dim, args.hid_dim, args.n_layers, dropout=args.dropout)

    def forward(self, src):
        _, (h, c) = self.rnn(self.embedding(src))
        return h, c


class Decoder(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.embedding = nn.Embedding(args.vocab, args.emb_dim)
        self.rnn = nn.LSTM(args.emb_dim, args.hid_dim, args.n_layers, dropout=args.dropout)
        self.fc = nn.Linear(args.hid_dim, args.vocab)

    def forward(self, tok, h, c):
        out, (h, c) = self.rnn(self.embedding(tok.unsqueeze(0)), (h, c))
        return self.fc(out.squeeze(0)), h, c


def build_model(args):
    return Encoder(args), Decoder(args)


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--vocab", type=int, default=40)
    p.add_argument("--emb_dim", type=int, default=16)
    p.add_argument("--hid_dim", type=int, default=32)
    p.add_argument("--n_layers", type=int, default=2)
    p.add_argument("--dropout", type=float, default=0.5)
    return build_model(p.parse_args(argv))


def probe():
    enc, dec = main([])
    h, c = enc(torch.randint(0, 40, (7, 3)))
    logits, h, c = dec(torch.randint(0, 40, (3,)), h, c)
    assert logits.shape == (3, 40)
