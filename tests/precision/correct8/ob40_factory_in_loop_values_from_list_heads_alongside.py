"""A factory called once in a loop with values from a list (one site, several values); each
head is built in the same iteration from the same values."""
import torch
import torch.nn as nn

SPECS = [(4, 8, False), (4, 6, True), (4, 10, True)]


def factory(n_in, hidden, bidirectional):
    return nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)


class Bank(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnns, self.heads = nn.ModuleList(), nn.ModuleList()
        for n_in, hidden, bidir in SPECS:
            self.rnns.append(factory(n_in, hidden, bidir))
            self.heads.append(nn.Linear(hidden * (2 if bidir else 1), 1))

    def forward(self, x):
        return torch.cat([head(rnn(x)[0][:, -1]) for rnn, head in zip(self.rnns, self.heads)], -1)


def probe():
    assert Bank()(torch.randn(2, 5, 4)).shape == (2, 3)
