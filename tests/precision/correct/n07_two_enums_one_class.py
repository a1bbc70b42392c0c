"""Two enums, cell and merge, in one class; every pair of values is right."""
import torch
from torch import nn


class BiEncoder(nn.Module):
    def __init__(self, n_in, hidden, cell="gru", merge="concat"):
        super().__init__()
        self.cell, self.merge, self.hidden = cell, merge, hidden
        rnn = {"gru": nn.GRU, "lstm": nn.LSTM}[cell]
        self.rnn = rnn(n_in, hidden, bidirectional=True)
        self.out_dim = 2 * hidden if merge == "concat" else hidden
        self.head = nn.Linear(self.out_dim, 2)

    def forward(self, x):
        _, state = self.rnn(x)
        h = state[0] if self.cell == "lstm" else state
        if self.merge == "concat":
            z = torch.cat([h[0], h[1]], -1)
        elif self.merge == "sum":
            z = h[0] + h[1]
        else:
            z = torch.max(h[0], h[1])
        return self.head(z)


def probe():
    x = torch.randn(5, 3, 4)
    for cell in ("gru", "lstm"):
        for merge in ("concat", "sum", "max"):
            assert BiEncoder(4, 6, cell, merge)(x).shape == (3, 2)
