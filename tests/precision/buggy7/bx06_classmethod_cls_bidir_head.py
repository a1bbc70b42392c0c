# expect: LC007 line 11
"""`cls(...)` in a classmethod builds a bidirectional encoder whose projection takes hidden_size."""
import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, input_size, hidden_size, bidirectional):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=bidirectional)
        self.proj = nn.Linear(hidden_size, hidden_size)  # fix: hidden_size * (1 + bidirectional)

    @classmethod
    def from_config(cls, config):
        return cls(config["input_size"], config["hidden_size"], True)

    def forward(self, x):
        return self.proj(self.rnn(x)[0])


def probe():
    SentenceEncoder.from_config({"input_size": 6, "hidden_size": 10})(torch.randn(2, 4, 6))
