"""asdict(config) passed as **kwargs to a module whose parameters have other defaults."""
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn


@dataclass
class LSTMArgs:
    input_size: int = 4
    hidden_size: int = 6
    num_layers: int = 2
    dropout: float = 0.1
    bidirectional: bool = True


class Encoder(nn.Module):
    def __init__(self, input_size=100, hidden_size=100, num_layers=1, dropout=0.0, bidirectional=False):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, dropout=dropout,
                           bidirectional=bidirectional)
        self.proj = nn.Linear(hidden_size * (2 if bidirectional else 1), 3)

    def forward(self, x):
        return self.proj(self.rnn(x)[0])


def probe():
    out = Encoder(**asdict(LSTMArgs()))(torch.randn(5, 2, 4))
    assert out.shape == (5, 2, 3)
