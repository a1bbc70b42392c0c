"""A dataclass config whose property gives the encoder's output width; the head uses it."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class EncoderConfig:
    input_size: int = 16
    hidden_size: int = 32
    bidirectional: bool = True

    @property
    def output_size(self):
        return self.hidden_size * (2 if self.bidirectional else 1)


class Model(nn.Module):
    def __init__(self, cfg: EncoderConfig, n_tags: int):
        super().__init__()
        self.rnn = nn.LSTM(cfg.input_size, cfg.hidden_size, batch_first=True,
                           bidirectional=cfg.bidirectional)
        self.tagger = nn.Linear(cfg.output_size, n_tags)

    def forward(self, x):
        return self.tagger(self.rnn(x)[0])


def probe():
    for cfg in (EncoderConfig(), EncoderConfig(input_size=5, bidirectional=False)):
        out = Model(cfg, 9)(torch.randn(2, 4, cfg.input_size))
        assert out.shape == (2, 4, 9)
