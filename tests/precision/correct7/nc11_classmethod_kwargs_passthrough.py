"""A classmethod forwards **kwargs to cls(...) after filling defaults from a preset name."""
import torch
import torch.nn as nn

PRESETS = {"small": {"hidden_size": 8, "num_layers": 1}, "base": {"hidden_size": 16, "num_layers": 2}}


class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, dropout=0.0):
        super().__init__()
        self.rnn = nn.GRU(input_size, hidden_size, num_layers,
                          dropout=dropout if num_layers > 1 else 0.0)
        self.hidden_size = hidden_size

    @classmethod
    def from_preset(cls, name, **kwargs):
        params = dict(PRESETS[name])
        params.update(kwargs)
        return cls(**params)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    for name in PRESETS:
        enc = Encoder.from_preset(name, input_size=5, dropout=0.2)
        assert enc(torch.randn(3, 2, 5)).shape == (3, 2, enc.hidden_size)
