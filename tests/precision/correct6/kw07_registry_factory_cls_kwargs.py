"""A registry of encoders built by name with a params dict (AllenNLP's from_params, simplified)."""
import torch
import torch.nn as nn

ENCODERS = {}


def register(name):
    def wrap(cls):
        ENCODERS[name] = cls
        return cls
    return wrap


@register("lstm")
class LstmEncoder(nn.Module):
    def __init__(self, input_dim, hidden_dim, bidirectional=False):
        super().__init__()
        self.rnn = nn.LSTM(input_dim, hidden_dim, batch_first=True, bidirectional=bidirectional)
        self._out = hidden_dim * (2 if bidirectional else 1)

    def get_output_dim(self):
        return self._out

    def forward(self, x):
        return self.rnn(x)[0]


def from_params(params):
    params = dict(params)
    return ENCODERS[params.pop("type")](**params)


def probe():
    enc = from_params({"type": "lstm", "input_dim": 11, "hidden_dim": 6, "bidirectional": True})
    clf = nn.Linear(enc.get_output_dim(), 2)
    out = clf(enc(torch.randn(2, 4, 11)))
    assert out.shape == (2, 4, 2)
