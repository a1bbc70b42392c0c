"""Old Lightning style: hparams is an argparse Namespace passed in; the subclass stores it."""
import argparse

import torch
import torch.nn as nn


class LitRNN(nn.Module):
    def __init__(self, hparams):
        super().__init__()
        self.hparams = hparams
        layers = hparams.num_layers
        self.rnn = nn.GRU(hparams.input_size, hparams.hidden_size, layers,
                          dropout=hparams.dropout if layers > 1 else 0.0)
        self.head = nn.Linear(hparams.hidden_size, hparams.num_classes)

    def forward(self, x):
        out, h = self.rnn(x)
        return self.head(h[-1])

    @staticmethod
    def add_model_specific_args(parser):
        parser.add_argument("--input_size", type=int, default=13)
        parser.add_argument("--hidden_size", type=int, default=64)
        parser.add_argument("--num_layers", type=int, default=1)
        parser.add_argument("--dropout", type=float, default=0.5)
        parser.add_argument("--num_classes", type=int, default=10)
        return parser


def probe():
    parser = LitRNN.add_model_specific_args(argparse.ArgumentParser())
    hparams = parser.parse_args(["--input_size", "7", "--hidden_size", "9"])
    assert LitRNN(hparams)(torch.randn(12, 4, 7)).shape == (4, 10)
