"""`{**DEFAULTS, **overrides}` merged then passed as `cls(**params)` from a classmethod; each
preset changes different keys, all valid for the head that follows the merged flag."""
import torch
import torch.nn as nn

DEFAULTS = {"n_in": 6, "hidden": 12, "layers": 1, "bidirectional": False, "dropout": 0.0}
PRESETS = {
    "base": {},
    "deep": {"layers": 3, "dropout": 0.2},
    "wide_bi": {"hidden": 30, "bidirectional": True},
}


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional, dropout):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, dropout=dropout, bidirectional=bidirectional)
        self.proj = nn.Linear(hidden * (2 if bidirectional else 1), 8)

    @classmethod
    def preset(cls, name, **overrides):
        params = {**DEFAULTS, **PRESETS[name], **overrides}
        return cls(**params)

    def forward(self, x):
        return self.proj(self.rnn(x)[0])


def probe():
    for name in PRESETS:
        assert Encoder.preset(name)(torch.randn(5, 2, 6)).shape == (5, 2, 8)
    assert Encoder.preset("wide_bi", layers=2)(torch.randn(5, 2, 6)).shape == (5, 2, 8)
