"""fairseq-style add_args with encoder_layers default 2 and encoder_dropout_in/out."""
import argparse

import torch
import torch.nn as nn


class LSTMEncoder(nn.Module):
    def __init__(self, embed_dim=12, hidden_size=12, num_layers=2, dropout_in=0.1, dropout_out=0.1):
        super().__init__()
        self.dropout_in = nn.Dropout(dropout_in)
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers=num_layers,
                            dropout=dropout_out if num_layers > 1 else 0.0)

    def forward(self, x):
        return self.lstm(self.dropout_in(x))


def add_args(parser):
    parser.add_argument("--encoder-layers", type=int, default=2)
    parser.add_argument("--encoder-dropout-out", type=float, default=0.1)


def probe():
    parser = argparse.ArgumentParser()
    add_args(parser)
    args = parser.parse_args([])
    enc = LSTMEncoder(num_layers=args.encoder_layers, dropout_out=args.encoder_dropout_out)
    enc(torch.randn(5, 2, 12))
    LSTMEncoder(num_layers=1, dropout_out=0.3)(torch.randn(5, 2, 12))
