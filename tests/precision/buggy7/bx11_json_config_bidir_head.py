# expect: LC007 line 20
"""json.loads config: bidirectional true, the head sized for one direction."""
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
        self.head = nn.Linear(enc["hidden_size"], cfg["head"]["classes"])  # fix: 2 * enc["hidden_size"]

    def forward(self, x):
        return self.head(self.rnn(x)[0].mean(1))


def probe():
    Classifier(CONFIG)(torch.randn(3, 5, 9))
