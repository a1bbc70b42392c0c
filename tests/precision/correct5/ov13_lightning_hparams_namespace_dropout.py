"""Lightning-style: hparams from a Namespace; num_layers 2 and dropout 0.1."""
from argparse import Namespace

import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, hparams):
        super().__init__()
        self.hparams = hparams
        self.rnn = nn.GRU(hparams.n_features, hparams.hidden_size, num_layers=hparams.num_layers,
                          dropout=hparams.dropout, batch_first=True)
        self.head = nn.Linear(hparams.hidden_size, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[1][-1])


def probe():
    hp = Namespace(n_features=5, hidden_size=8, num_layers=2, dropout=0.1)
    Model(hp)(torch.randn(4, 6, 5))
