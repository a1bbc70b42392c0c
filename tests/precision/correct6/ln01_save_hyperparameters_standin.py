"""Lightning's save_hyperparameters() (a small stand-in here) stores the constructor's arguments in
self.hparams; the layers are built from them."""
import inspect
from types import SimpleNamespace

import torch
import torch.nn as nn


class LightningModule(nn.Module):
    def save_hyperparameters(self):
        frame = inspect.currentframe().f_back
        args = {k: v for k, v in frame.f_locals.items() if k not in ("self", "__class__")}
        self.hparams = SimpleNamespace(**args)


class Forecaster(LightningModule):
    def __init__(self, n_features=1, hidden_size=64, num_layers=1, dropout=0.0):
        super().__init__()
        self.save_hyperparameters()
        self.lstm = nn.LSTM(self.hparams.n_features, self.hparams.hidden_size,
                            self.hparams.num_layers, dropout=self.hparams.dropout, batch_first=True)
        self.head = nn.Linear(self.hparams.hidden_size, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def probe():
    model = Forecaster(n_features=5, hidden_size=8, num_layers=2, dropout=0.1)
    out = model(torch.randn(3, 12, 5))
    assert out.shape == (3, 1)
