"""num_directions as a property of the module; states and head both use it."""
import torch
import torch.nn as nn


class BiTagger(nn.Module):
    def __init__(self, n_in=5, n_hidden=6, n_layers=2, bidirectional=True):
        super().__init__()
        self.rnn = nn.LSTM(n_in, n_hidden, n_layers, bidirectional=bidirectional)
        self.n_hidden, self.n_layers = n_hidden, n_layers
        self.fc = nn.Linear(n_hidden * self.num_directions, 4)

    @property
    def num_directions(self):
        return 2 if self.rnn.bidirectional else 1

    def forward(self, x):
        shape = (self.n_layers * self.num_directions, x.size(1), self.n_hidden)
        h0, c0 = torch.zeros(shape), torch.zeros(shape)
        out, _ = self.rnn(x, (h0, c0))
        return self.fc(out)


def probe():
    for bi in (True, False):
        out = BiTagger(bidirectional=bi)(torch.randn(7, 3, 5))
        assert out.shape == (7, 3, 4)
