"""The bidirectional output chunked into its two directions and added: a head of hidden."""
import torch
import torch.nn as nn


class Summed(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, bidirectional=True, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        fwd, bwd = out.chunk(2, dim=-1)
        return self.head(fwd + bwd)


def probe():
    result = Summed(3, 5)(torch.randn(2, 4, 3)).shape
    assert result == (2, 4, 1)
