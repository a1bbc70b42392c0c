"""kwargs.get(name, default) where every caller passes the size; the default never applies."""
import torch
import torch.nn as nn


class RNNBlock(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.hidden = kwargs.get("hidden_size", 256)
        self.rnn = nn.GRU(kwargs.get("input_size", 128), self.hidden,
                          num_layers=kwargs.get("num_layers", 1),
                          bidirectional=kwargs.get("bidirectional", False), batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = RNNBlock(input_size=20, hidden_size=10, bidirectional=True)
        self.head = nn.Linear(20, 4)

    def forward(self, x):
        return self.head(self.block(x))


def probe():
    out = Model()(torch.randn(3, 5, 20))
    assert out.shape == (3, 5, 4)
