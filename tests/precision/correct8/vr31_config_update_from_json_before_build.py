"""Defaults in a dict updated from a JSON text (`CONFIG.update(json.loads(...))`) before the
model is built; the data has the JSON's width, not the default's."""
import json

import torch
import torch.nn as nn

CONFIG = {"input_size": 10, "hidden_size": 20, "bidirectional": False}
OVERRIDES = '{"input_size": 6, "bidirectional": true}'


def build():
    CONFIG.update(json.loads(OVERRIDES))
    rnn = nn.LSTM(CONFIG["input_size"], CONFIG["hidden_size"], bidirectional=CONFIG["bidirectional"])
    head = nn.Linear(CONFIG["hidden_size"] * (2 if CONFIG["bidirectional"] else 1), 1)
    return rnn, head


def probe():
    rnn, head = build()
    assert head(rnn(torch.randn(5, 2, 6))[0]).shape == (5, 2, 1)
