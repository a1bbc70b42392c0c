"""`cls(...)` in a from_config classmethod (transformers/AllenNLP style)."""
import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, input_size, hidden_size, bidirectional):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=bidirectional)
        self.proj = nn.Linear(hidden_size * (1 + bidirectional), hidden_size)

    @classmethod
    def from_config(cls, config):
        return cls(config["input_size"], config["hidden_size"], config.get("bidirectional", False))

    def forward(self, x):
        return self.proj(self.rnn(x)[0])


def probe():
    enc = SentenceEncoder.from_config({"input_size": 6, "hidden_size": 10, "bidirectional": True})
    assert enc(torch.randn(2, 4, 6)).shape == (2, 4, 10)
    enc = SentenceEncoder.from_config({"input_size": 6, "hidden_size": 10})
    assert enc(torch.randn(2, 4, 6)).shape == (2, 4, 10)
