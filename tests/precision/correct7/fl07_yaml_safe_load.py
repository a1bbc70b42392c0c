"""A YAML config (yaml.safe_load of a string): the head follows the bidirectional flag."""
import torch
import torch.nn as nn

try:
    import yaml
except ImportError:  # the probe needs only the dict
    yaml = None

TEXT = """
model:
  input_size: 5
  hidden_size: 8
  num_layers: 2
  bidirectional: true
  dropout: 0.1
"""
PARSED = {"model": {"input_size": 5, "hidden_size": 8, "num_layers": 2, "bidirectional": True,
                    "dropout": 0.1}}


class Model(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, bidirectional, dropout):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, dropout=dropout,
                            bidirectional=bidirectional, batch_first=True)
        self.fc = nn.Linear(hidden_size * 2 if bidirectional else hidden_size, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def probe():
    cfg = yaml.safe_load(TEXT) if yaml else PARSED
    assert cfg == PARSED
    assert Model(**cfg["model"])(torch.randn(3, 4, 5)).shape == (3, 1)
