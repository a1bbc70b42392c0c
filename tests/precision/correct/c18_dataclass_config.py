"""Model sizes kept in a dataclass config."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class ModelConfig:
    vocab_size: int = 1000
    embed_dim: int = 64
    hidden_dim: int = 128
    num_layers: int = 2
    bidirectional: bool = True
    dropout: float = 0.25
    num_labels: int = 3


class TextRNN(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.embed = nn.Embedding(cfg.vocab_size, cfg.embed_dim)
        self.rnn = nn.LSTM(cfg.embed_dim, cfg.hidden_dim, cfg.num_layers, batch_first=True,
                           dropout=cfg.dropout, bidirectional=cfg.bidirectional)
        out_dim = cfg.hidden_dim * 2 if cfg.bidirectional else cfg.hidden_dim
        self.classifier = nn.Linear(out_dim, cfg.num_labels)

    def forward(self, ids):
        out, _ = self.rnn(self.embed(ids))
        return self.classifier(out.max(dim=1).values)


def probe():
    for cfg in (ModelConfig(), ModelConfig(bidirectional=False, num_layers=3, hidden_dim=16)):
        model = TextRNN(cfg)
        assert model(torch.randint(0, cfg.vocab_size, (2, 5))).shape == (2, cfg.num_labels)
