# expect: LC007 line 27
"""Lightning stand-in: hparams say bidirectional, the head takes hidden_size."""
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


class Forecaster(LightningModule):
    def __init__(self, n_features=4, hidden_size=32):
        super().__init__()
        self.save_hyperparameters()
        self.lstm = nn.LSTM(self.hparams.n_features, self.hparams.hidden_size,
                            batch_first=True, bidirectional=True)
        self.regressor = nn.Linear(self.hparams.hidden_size, 1)  # fix: 2 * self.hparams.hidden_size

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.regressor(out[:, -1])


def probe():
    Forecaster()(torch.randn(3, 10, 4))
