"""The bidirectional output split into its two directions with chunk(2, -1); each head takes H."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.fwd_head = nn.Linear(hidden, 1)
        self.bwd_head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        fwd, bwd = out.chunk(2, dim=-1)
        return self.fwd_head(fwd[:, -1]) + self.bwd_head(bwd[:, 0])


def probe():
    assert Model(3, 4)(torch.randn(2, 5, 3)).shape == (2, 1)
