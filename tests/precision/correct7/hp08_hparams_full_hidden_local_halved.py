"""save_hyperparameters() keeps hidden_size as given; the bidirectional layer is built with a local
half of it, so the head reads the saved (full) value."""
import inspect

import torch
import torch.nn as nn


class AttributeDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


class LightningModule(nn.Module):
    def save_hyperparameters(self):
        frame = inspect.currentframe().f_back
        self.hparams = AttributeDict({k: v for k, v in frame.f_locals.items()
                                      if k not in ("self", "__class__")})


class Tagger(LightningModule):
    def __init__(self, input_size=8, hidden_size=32, bidirectional=True, tags=5):
        super().__init__()
        self.save_hyperparameters()
        if bidirectional:
            hidden_size = hidden_size // 2
        self.rnn = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(self.hparams.hidden_size, tags)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    assert Tagger()(torch.randn(2, 5, 8)).shape == (2, 5, 5)
    assert Tagger(bidirectional=False)(torch.randn(2, 5, 8)).shape == (2, 5, 5)
