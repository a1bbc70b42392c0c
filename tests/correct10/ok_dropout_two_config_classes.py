"""Two config blocks use the same field names: the MLP head's has one hidden layer and a
dropout, the encoder's has two layers; the LSTM is built from the encoder's."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class EncoderConfig:
    input_size: int = 12
    hidden_size: int = 16
    num_layers: int = 2
    dropout: float = 0.3


@dataclass
class HeadConfig:
    num_layers: int = 1
    dropout: float = 0.1
    classes: int = 4


class Encoder(nn.Module):
    def __init__(self, config: EncoderConfig):
        super().__init__()
        self.lstm = nn.LSTM(config.input_size, config.hidden_size,
                            num_layers=config.num_layers, dropout=config.dropout)

    def forward(self, x):
        return self.lstm(x)[0]


class Head(nn.Module):
    def __init__(self, width: int, config: HeadConfig):
        super().__init__()
        layers = []
        for _ in range(config.num_layers):
            layers += [nn.Linear(width, width), nn.ReLU(), nn.Dropout(config.dropout)]
        self.body = nn.Sequential(*layers)
        self.out = nn.Linear(width, config.classes)

    def forward(self, x):
        return self.out(self.body(x))


def probe():
    encoder, head = Encoder(EncoderConfig()), Head(16, HeadConfig())
    head(encoder(torch.randn(5, 2, 12))[-1])
