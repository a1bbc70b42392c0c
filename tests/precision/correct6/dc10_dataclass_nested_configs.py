"""Nested dataclasses (ModelConfig.encoder.hidden); the site replaces the nested encoder config."""
from dataclasses import dataclass, field

import torch
import torch.nn as nn


@dataclass
class EncoderCfg:
    input_size: int = 32
    hidden_size: int = 64
    num_layers: int = 1


@dataclass
class ModelCfg:
    encoder: EncoderCfg = field(default_factory=EncoderCfg)
    num_classes: int = 2


class Classifier(nn.Module):
    def __init__(self, cfg: ModelCfg):
        super().__init__()
        e = cfg.encoder
        self.lstm = nn.LSTM(e.input_size, e.hidden_size, e.num_layers, batch_first=True)
        self.fc = nn.Linear(e.hidden_size, cfg.num_classes)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.fc(h[-1])


def probe():
    cfg = ModelCfg(encoder=EncoderCfg(input_size=7, num_layers=2), num_classes=5)
    out = Classifier(cfg)(torch.randn(4, 3, 7))
    assert out.shape == (4, 5)
