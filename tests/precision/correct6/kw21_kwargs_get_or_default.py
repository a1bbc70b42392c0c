"""kwargs.get(...) or default: the caller's value is used when given."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        n_in = kwargs.get("input_size") or 300
        hidden = kwargs.get("hidden_size") or 128
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    out = Encoder(input_size=6, hidden_size=4)(torch.randn(2, 3, 6))
    assert out.shape == (2, 3, 4)
