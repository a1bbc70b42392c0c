# expect: LC007 line 13
"""`nn.LSTM(**{**BASE, "bidirectional": True})` with the head sized from BASE's hidden alone."""
import torch
import torch.nn as nn

BASE = {"input_size": 10, "hidden_size": 32, "batch_first": True}


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(**{**BASE, "bidirectional": True})
        self.head = nn.Linear(BASE["hidden_size"], 1)  # fix: 2 * BASE["hidden_size"]

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    Encoder()(torch.randn(2, 4, 10))
