"""A base config returned by a function; an experiment switches it to bidirectional and halves the
hidden size per direction, and the head reads the width the encoder reports."""
import torch
import torch.nn as nn


def base_config():
    return dict(features=10, hidden=64, bidirectional=False)


class Encoder(nn.Module):
    def __init__(self, features, hidden, bidirectional):
        super().__init__()
        self.rnn = nn.GRU(features, hidden, batch_first=True, bidirectional=bidirectional)
        self.output_size = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


def build(cfg):
    encoder = Encoder(cfg["features"], cfg["hidden"], cfg["bidirectional"])
    return nn.Sequential(encoder, nn.Linear(encoder.output_size, 2))


def probe():
    cfg = base_config()
    cfg["bidirectional"] = True
    cfg["hidden"] = cfg["hidden"] // 2
    out = build(cfg)(torch.randn(2, 5, 10))
    assert out.shape == (2, 5, 2)
    out = build(base_config())(torch.randn(2, 5, 10))
    assert out.shape == (2, 5, 2)
