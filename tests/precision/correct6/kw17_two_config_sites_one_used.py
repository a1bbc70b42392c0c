"""Two instances of a kwargs config class: a small one for a smoke test, the real one for the model."""
import torch
import torch.nn as nn


class Config:
    def __init__(self, **kwargs):
        self.__dict__.update(dict(input_dim=40, hidden_dim=256, num_layers=3, dropout=0.3))
        self.__dict__.update(kwargs)


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(cfg.input_dim, cfg.hidden_dim, cfg.num_layers, dropout=cfg.dropout)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    tiny = Config(input_dim=3, hidden_dim=4, num_layers=1, dropout=0.0)
    real = Config(input_dim=13)
    out = Encoder(tiny)(torch.randn(5, 2, 3))
    assert out.shape == (5, 2, 4)
    out = Encoder(real)(torch.randn(5, 2, 13))
    assert out.shape == (5, 2, 256)
