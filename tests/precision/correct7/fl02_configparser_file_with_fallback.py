"""An INI file written, then read with fallbacks; a missing key takes the fallback."""
import configparser
import os
import tempfile

import torch
import torch.nn as nn


def load(path):
    config = configparser.ConfigParser()
    config.read(path)
    return {
        "n_in": config.getint("net", "n_in", fallback=8),
        "hidden": config.getint("net", "hidden", fallback=32),
        "layers": config.getint("net", "layers", fallback=1),
    }


class GRUNet(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


def probe():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "model.ini")
        with open(path, "w") as f:
            f.write("[net]\nn_in = 5\nlayers = 3\n")
        cfg = load(path)
    assert GRUNet(**cfg)(torch.randn(2, 4, 5)).shape == (2, 2)
