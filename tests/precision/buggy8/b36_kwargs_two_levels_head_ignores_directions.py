# expect: LC007 line 21
"""Model(**CFG) builds Encoder(**CFG["encoder"]), bidirectional; Model's head reads the
config's hidden_size alone."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, bidirectional=False):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, bidirectional=bidirectional, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self, encoder, n_classes):
        super().__init__()
        self.encoder = Encoder(**encoder)
        self.head = nn.Linear(encoder["hidden_size"], n_classes)  # fix: encoder["hidden_size"] * 2

    def forward(self, x):
        return self.head(self.encoder(x)[:, -1])


CFG = {"encoder": {"input_size": 6, "hidden_size": 10, "bidirectional": True}, "n_classes": 4}


def probe():
    Model(**CFG)(torch.randn(3, 8, 6))
