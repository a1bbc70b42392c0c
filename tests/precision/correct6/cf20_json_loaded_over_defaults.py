"""Defaults overridden by a JSON file's values ({**DEFAULTS, **json.loads(text)})."""
import json

import torch
import torch.nn as nn

DEFAULTS = {"n_features": 1, "hidden": 32, "layers": 1, "bidirectional": False}
SAVED = '{"n_features": 5, "layers": 2, "bidirectional": true}'


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        d = 2 if cfg["bidirectional"] else 1
        self.rnn = nn.LSTM(cfg["n_features"], cfg["hidden"], cfg["layers"], bidirectional=cfg["bidirectional"])
        self.state_rows = cfg["layers"] * d
        self.hidden = cfg["hidden"]
        self.fc = nn.Linear(cfg["hidden"] * d, 1)

    def forward(self, x):
        h = torch.zeros(self.state_rows, x.size(1), self.hidden)
        return self.fc(self.rnn(x, (h, h))[0])


def probe():
    cfg = {**DEFAULTS, **json.loads(SAVED)}
    out = Model(cfg)(torch.randn(4, 3, 5))
    assert out.shape == (4, 3, 1)
