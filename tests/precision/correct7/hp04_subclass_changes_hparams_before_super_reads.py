"""A subclass passes a wider input to the parent, which saves hyperparameters and builds from them."""
import inspect

import torch
import torch.nn as nn


class HParams(dict):
    __getattr__ = dict.__getitem__


class LightningModule(nn.Module):
    def save_hyperparameters(self, *names):
        frame = inspect.currentframe().f_back
        values = {k: v for k, v in frame.f_locals.items() if k not in ("self", "__class__")}
        self.hparams = HParams({k: values[k] for k in names} if names else values)


class Base(LightningModule):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.save_hyperparameters("input_size", "hidden_size")
        self.rnn = nn.LSTM(self.hparams.input_size, self.hparams.hidden_size, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class WithTimeFeatures(Base):
    """Adds 3 calendar features to the inputs."""

    def __init__(self, input_size, hidden_size):
        super().__init__(input_size + 3, hidden_size)

    def forward(self, x):
        calendar = torch.zeros(x.size(0), x.size(1), 3)
        return super().forward(torch.cat([x, calendar], dim=-1))


def probe():
    assert WithTimeFeatures(5, 8)(torch.randn(2, 6, 5)).shape == (2, 6, 8)
