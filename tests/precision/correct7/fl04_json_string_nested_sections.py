"""json.loads of a nested config, with a section per module."""
import json

import torch
import torch.nn as nn

CONFIG = json.loads("""
{"encoder": {"input_size": 9, "hidden_size": 14, "bidirectional": true},
 "head": {"classes": 6}}
""")


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        enc = cfg["encoder"]
        self.rnn = nn.GRU(enc["input_size"], enc["hidden_size"], batch_first=True,
                          bidirectional=enc["bidirectional"])
        width = enc["hidden_size"] * (2 if enc["bidirectional"] else 1)
        self.head = nn.Linear(width, cfg["head"]["classes"])

    def forward(self, x):
        return self.head(self.rnn(x)[0].mean(1))


def probe():
    assert Classifier(CONFIG)(torch.randn(3, 5, 9)).shape == (3, 6)
