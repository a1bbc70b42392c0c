"""A subclass saves hyperparameters, then sets hidden_size for its bidirectional variant; the head
reads the updated value."""
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


class BiForecaster(LightningModule):
    def __init__(self, n_features=3, hidden_size=16):
        super().__init__()
        self.save_hyperparameters()
        self.hparams.hidden_size = self.hparams.hidden_size // 2
        self.lstm = nn.LSTM(self.hparams.n_features, self.hparams.hidden_size,
                            batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * self.hparams.hidden_size, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def probe():
    assert BiForecaster()(torch.randn(2, 5, 3)).shape == (2, 1)
    assert BiForecaster(4, 10)(torch.randn(2, 5, 4)).shape == (2, 1)
