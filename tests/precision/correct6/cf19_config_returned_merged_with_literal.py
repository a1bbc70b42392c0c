"""A function's dict merged with a literal that overrides the input size: {**base(), "input": 3}."""
import torch
import torch.nn as nn


def base():
    return {"input": 64, "hidden": 12}


class Model(nn.Module):
    def __init__(self, input, hidden):
        super().__init__()
        self.rnn = nn.LSTM(input, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    cfg = {**base(), "input": 3}
    out = Model(**cfg)(torch.randn(2, 6, 3))
    assert out.shape == (2, 6, 12)
