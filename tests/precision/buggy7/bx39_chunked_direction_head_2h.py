# expect: LC007 line 11
"""The bidirectional output split into directions with chunk; the head on one direction takes 2H."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.fwd_head = nn.Linear(2 * hidden, 1)  # fix: nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        fwd, bwd = out.chunk(2, dim=-1)
        return self.fwd_head(fwd[:, -1])


def probe():
    Model(3, 4)(torch.randn(2, 5, 3))
