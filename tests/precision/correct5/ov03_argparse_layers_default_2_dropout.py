"""argparse with --num_layers default 2 and --dropout 0.3: stacked, so the dropout applies."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser(description="PyTorch LSTM language model")
parser.add_argument("--emsize", type=int, default=20)
parser.add_argument("--nhid", type=int, default=20)
parser.add_argument("--nlayers", type=int, default=2)
parser.add_argument("--dropout", type=float, default=0.3)


class RNNModel(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers, dropout):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers, dropout=dropout)
        self.decoder = nn.Linear(nhid, ntoken)

    def forward(self, x):
        out, _ = self.rnn(self.drop(self.encoder(x)))
        return self.decoder(self.drop(out))


def main(argv=None):
    args = parser.parse_args(argv)
    model = RNNModel(50, args.emsize, args.nhid, args.nlayers, args.dropout)
    return model(torch.randint(0, 50, (6, 3)))


def probe():
    main([])
