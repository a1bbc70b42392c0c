# expect: LC007 line 17
"""Hyperparameters merged with an override (n_hidden 16); the head reads the defaults' 8."""
import torch
import torch.nn as nn

DEFAULTS = {"n_input": 4, "n_hidden": 8}


def hparams(**overrides):
    return {**DEFAULTS, **overrides}


class Net(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.rnn = nn.LSTM(hp["n_input"], hp["n_hidden"])
        self.head = nn.Linear(DEFAULTS["n_hidden"], 1)  # fix: hp["n_hidden"]

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    Net(hparams(n_hidden=16))(torch.randn(5, 2, 4))
