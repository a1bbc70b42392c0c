"""A dict of lambdas builds the recurrent block for each name; each lambda's layer matches the
width the dict's second table gives for the head."""
import torch
import torch.nn as nn

BUILDERS = {
    "uni": lambda n, h: nn.LSTM(n, h, batch_first=True),
    "bi": lambda n, h: nn.LSTM(n, h, batch_first=True, bidirectional=True),
    "deep_bi": lambda n, h: nn.LSTM(n, h, 3, batch_first=True, bidirectional=True),
}
OUT_FACTOR = {"uni": 1, "bi": 2, "deep_bi": 2}


class Model(nn.Module):
    def __init__(self, name, n_in, hidden):
        super().__init__()
        self.rnn = BUILDERS[name](n_in, hidden)
        self.head = nn.Linear(OUT_FACTOR[name] * hidden, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    for name in BUILDERS:
        assert Model(name, 3, 4)(torch.randn(2, 5, 3)).shape == (2, 5, 2)
