"""A Dataset that makes its own samples with the configured feature size; the model reads
the same config."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

CONFIG = dict(n_features=5, seq_len=9, hidden=11, batch_size=4)


class Synthetic(Dataset):
    def __init__(self, n, cfg):
        self.x = torch.randn(n, cfg["seq_len"], cfg["n_features"])

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i]


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.RNN(cfg["n_features"], cfg["hidden"], batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    model = Model(CONFIG)
    for x in DataLoader(Synthetic(10, CONFIG), batch_size=CONFIG["batch_size"]):
        result = model(x).shape[2]
        assert result == CONFIG["hidden"]
