"""A frozen dataclass config and dataclasses.replace for variants: the base is one-way, the
variant bidirectional; the model reads every size from whichever it is given."""
import dataclasses

import torch
import torch.nn as nn


@dataclasses.dataclass(frozen=True)
class RNNConfig:
    input_size: int = 8
    hidden_size: int = 16
    num_layers: int = 1
    bidirectional: bool = False

    @property
    def output_size(self):
        return self.hidden_size * (2 if self.bidirectional else 1)


class Model(nn.Module):
    def __init__(self, cfg: RNNConfig):
        super().__init__()
        self.rnn = nn.LSTM(cfg.input_size, cfg.hidden_size, cfg.num_layers,
                           bidirectional=cfg.bidirectional)
        self.head = nn.Linear(cfg.output_size, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


BASE = RNNConfig()
VARIANTS = [BASE, dataclasses.replace(BASE, bidirectional=True),
            dataclasses.replace(BASE, hidden_size=32, num_layers=3)]


def probe():
    for cfg in VARIANTS:
        assert Model(cfg)(torch.randn(6, 2, 8)).shape == (6, 2, 2)
