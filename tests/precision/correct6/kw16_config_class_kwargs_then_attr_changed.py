"""A config class reads its fields from **kwargs; the script then changes one field on the instance
before the model is built (a JSON file's value wins over the keyword)."""
import torch
import torch.nn as nn


class ModelConfig:
    def __init__(self, **kwargs):
        self.input_size = kwargs.get("input_size", 10)
        self.hidden_size = kwargs.get("hidden_size", 20)
        self.bidirectional = kwargs.pop("bidirectional", False)


class Model(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.rnn = nn.LSTM(config.input_size, config.hidden_size, batch_first=True,
                           bidirectional=config.bidirectional)
        self.fc = nn.Linear(config.hidden_size * 2, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def probe():
    config = ModelConfig(input_size=6, hidden_size=8)
    config.bidirectional = True
    out = Model(config)(torch.randn(2, 4, 6))
    assert out.shape == (2, 4, 3)
