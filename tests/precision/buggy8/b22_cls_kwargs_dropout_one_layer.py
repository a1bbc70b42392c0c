# expect: LC006 line 13
"""`cls(**config)` in a classmethod with dropout 0.3 and one layer: torch warns that no
dropout is applied."""
import torch
import torch.nn as nn

CONFIG = {"n_in": 6, "hidden": 12, "layers": 1, "dropout": 0.3}


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, layers, dropout=dropout)  # fix: layers >= 2 or dropout 0

    @classmethod
    def from_config(cls, config):
        return cls(**config)


def probe():
    Encoder.from_config(CONFIG)
