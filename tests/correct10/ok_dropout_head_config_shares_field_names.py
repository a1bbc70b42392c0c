"""A registry builds models from their own config classes. The head's config has one hidden
layer and a dropout under the same field names as the encoder's, whose LSTM has two layers."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class EncoderConfig:
    input_size: int = 10
    hidden_size: int = 12
    num_layers: int = 2
    dropout: float = 0.2


@dataclass
class HeadConfig:
    in_features: int = 12
    num_layers: int = 1
    dropout: float = 0.1


class Encoder(nn.Module):
    def __init__(self, config: EncoderConfig):
        super().__init__()
        self.rnn = nn.GRU(config.input_size, config.hidden_size,
                          num_layers=config.num_layers, dropout=config.dropout)

    def forward(self, x):
        return self.rnn(x)[0]


class Head(nn.Module):
    def __init__(self, config: HeadConfig):
        super().__init__()
        blocks = [nn.Sequential(nn.Linear(config.in_features, config.in_features), nn.ReLU(),
                                nn.Dropout(config.dropout)) for _ in range(config.num_layers)]
        self.blocks = nn.Sequential(*blocks)

    def forward(self, x):
        return self.blocks(x)


REGISTRY = {"encoder": (Encoder, EncoderConfig), "head": (Head, HeadConfig)}


def build(name):
    model_class, config_class = REGISTRY[name]
    return model_class(config_class())


def probe():
    build("head")(build("encoder")(torch.randn(4, 2, 10)))
