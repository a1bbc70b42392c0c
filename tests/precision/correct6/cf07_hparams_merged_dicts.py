"""Defaults merged with a run's overrides ({**defaults, **overrides}); the merged dict builds the model."""
import torch
import torch.nn as nn

DEFAULTS = {"n_input": 4, "n_hidden": 8, "n_layers": 1}


def hparams(**overrides):
    return {**DEFAULTS, **overrides}


class Net(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.rnn = nn.LSTM(hp["n_input"], hp["n_hidden"], hp["n_layers"])
        self.hp = hp

    def forward(self, x):
        b = x.size(1)
        h0 = torch.zeros(self.hp["n_layers"], b, self.hp["n_hidden"])
        return self.rnn(x, (h0, h0.clone()))[0]


def probe():
    hp = hparams(n_input=7, n_layers=3)
    out = Net(hp)(torch.randn(6, 2, 7))
    assert out.shape == (6, 2, 8)
