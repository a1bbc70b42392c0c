"""A LayerNorm over the last two dims, (T, 2H), of a bidirectional output; the head takes 2H."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, steps):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.norm = nn.LayerNorm((steps, 2 * hidden))
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(self.norm(out)[:, -1])


def probe():
    assert Model(3, 4, 6)(torch.randn(2, 6, 3)).shape == (2, 1)
