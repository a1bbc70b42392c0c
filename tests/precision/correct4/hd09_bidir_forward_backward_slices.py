"""Bidirectional output split by width: forward direction's last step out[:, -1, :H] and the
backward direction's first step out[:, 0, H:], joined for a Linear(2H)."""
import torch
import torch.nn as nn


class BiEncoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, hidden)

    def forward(self, x):
        out, _ = self.rnn(x)
        H = self.hidden
        summary = torch.cat([out[:, -1, :H], out[:, 0, H:]], dim=-1)
        return self.proj(summary)


def probe():
    result = BiEncoder(3, 7)(torch.randn(2, 5, 3)).shape
    assert result == (2, 7)
