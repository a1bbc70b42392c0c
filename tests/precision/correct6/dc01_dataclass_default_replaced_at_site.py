"""A dataclass's default input size (300, GloVe) replaced by the site that builds the model."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass(frozen=True)
class Hparams:
    input_size: int = 300
    hidden_size: int = 128
    num_layers: int = 1


class Encoder(nn.Module):
    def __init__(self, hp: Hparams):
        super().__init__()
        self.lstm = nn.LSTM(hp.input_size, hp.hidden_size, hp.num_layers, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    hp = Hparams(input_size=50, hidden_size=20)
    out = Encoder(hp)(torch.randn(3, 6, 50))
    assert out.shape == (3, 6, 20)
