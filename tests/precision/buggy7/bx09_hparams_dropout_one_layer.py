# expect: LC006 line 26
"""Lightning stand-in: hparams give dropout 0.2 and n_layers 1 to the LSTM."""
import inspect
import warnings

import torch.nn as nn


class AttributeDict(dict):
    __getattr__ = dict.__getitem__


class LightningModule(nn.Module):
    def save_hyperparameters(self):
        frame = inspect.currentframe().f_back
        self.hparams = AttributeDict({k: v for k, v in frame.f_locals.items()
                                      if k not in ("self", "__class__")})


class Forecaster(LightningModule):
    def __init__(self, n_features=4, hidden_size=32, n_layers=1, dropout=0.2):
        super().__init__()
        self.save_hyperparameters()
        self.lstm = nn.LSTM(self.hparams.n_features, self.hparams.hidden_size,
                            self.hparams.n_layers,
                            dropout=self.hparams.dropout, batch_first=True)  # fix: n_layers=2 or dropout=0

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Forecaster()
