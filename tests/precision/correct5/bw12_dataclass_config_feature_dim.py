"""A dataclass config with a derived property for the encoder's output width."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class ModelConfig:
    input_dim: int = 9
    hidden_dim: int = 12
    num_layers: int = 2
    bidirectional: bool = True

    @property
    def feature_dim(self):
        return self.hidden_dim * (2 if self.bidirectional else 1)


class Net(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.rnn = nn.LSTM(cfg.input_dim, cfg.hidden_dim, cfg.num_layers, batch_first=True,
                           bidirectional=cfg.bidirectional)
        self.head = nn.Linear(cfg.feature_dim, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def probe():
    Net(ModelConfig())(torch.randn(2, 3, 9))
    Net(ModelConfig(bidirectional=False))(torch.randn(2, 3, 9))
