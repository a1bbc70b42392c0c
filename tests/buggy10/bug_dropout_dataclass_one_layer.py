"""A dataclass of hyper-parameters sets one layer and a recurrent dropout."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class Hparams:
    emb: int = 16
    hidden: int = 32
    layers: int = 1
    rnn_dropout: float = 0.3


class Model(nn.Module):
    def __init__(self, hp: Hparams):
        super().__init__()
        self.lstm = nn.LSTM(hp.emb, hp.hidden, num_layers=hp.layers, dropout=hp.rnn_dropout)  # expect: LC006

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    Model(Hparams())(torch.randn(4, 2, 16))
