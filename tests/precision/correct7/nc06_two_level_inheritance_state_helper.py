"""Three levels: the grandparent keeps the sizes, the parent builds the layer, the child forwards
with states made by the grandparent's helper."""
import torch
import torch.nn as nn


class Sized(nn.Module):
    def __init__(self, hidden, layers, bidirectional):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.directions = 2 if bidirectional else 1

    def zero_state(self, batch):
        shape = (self.layers * self.directions, batch, self.hidden)
        return torch.zeros(shape), torch.zeros(shape)


class LSTMBase(Sized):
    def __init__(self, n_in, hidden, layers, bidirectional):
        super().__init__(hidden, layers, bidirectional)
        self.lstm = nn.LSTM(n_in, hidden, layers, bidirectional=bidirectional)


class Tagger(LSTMBase):
    def __init__(self, n_in, hidden, tags):
        super().__init__(n_in, hidden, 2, True)
        self.out = nn.Linear(2 * hidden, tags)

    def forward(self, x):
        out, _ = self.lstm(x, self.zero_state(x.size(1)))
        return self.out(out)


def probe():
    assert Tagger(4, 6, 3)(torch.randn(7, 2, 4)).shape == (7, 2, 3)
