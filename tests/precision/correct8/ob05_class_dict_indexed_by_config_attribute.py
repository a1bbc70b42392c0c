"""A dict of classes indexed by a config attribute (`RNN_TYPES[config.rnn_type]`), and the
initial state built through a dict of builders indexed the same way."""
from types import SimpleNamespace

import torch
import torch.nn as nn

RNN_TYPES = {"lstm": nn.LSTM, "gru": nn.GRU}
STATE_BUILDERS = {
    "lstm": lambda rows, b, h: (torch.zeros(rows, b, h), torch.zeros(rows, b, h)),
    "gru": lambda rows, b, h: torch.zeros(rows, b, h),
}


class Model(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.rnn = RNN_TYPES[config.rnn_type](config.n_in, config.hidden, config.layers,
                                              batch_first=True)

    def forward(self, x):
        c = self.config
        state = STATE_BUILDERS[c.rnn_type](c.layers, x.size(0), c.hidden)
        return self.rnn(x, state)[0]


def probe():
    for kind in RNN_TYPES:
        config = SimpleNamespace(rnn_type=kind, n_in=4, hidden=6, layers=2)
        assert Model(config)(torch.randn(3, 5, 4)).shape == (3, 5, 6)
