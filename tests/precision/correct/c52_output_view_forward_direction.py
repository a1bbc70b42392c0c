"""The forward direction picked from a bidirectional output viewed as (B, T, 2, H)."""
import torch
import torch.nn as nn


class ForwardOnlyHead(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        out, _ = self.lstm(x)
        batch, seq_len, _ = out.shape
        directions = out.view(batch, seq_len, 2, self.hidden)
        forward_last = directions[:, -1, 0, :]
        backward_first = directions[:, 0, 1, :]
        return self.head(forward_last) + self.head(backward_first)


def probe():
    model = ForwardOnlyHead(n_in=3, hidden=5, n_out=2)
    assert model(torch.randn(4, 6, 3)).shape == (4, 2)
