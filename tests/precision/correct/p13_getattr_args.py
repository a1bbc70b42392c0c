"""Options read with getattr(args, name, default)."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--enc_layers", type=int, default=2)
args = parser.parse_args([])

layers = getattr(args, "enc_layers", 1)
dropout = getattr(args, "dropout", 0.1)
rnn = nn.LSTM(4, 6, layers, dropout=dropout)


def probe():
    rnn(torch.randn(3, 2, 4), (torch.zeros(2, 2, 6), torch.zeros(2, 2, 6)))
