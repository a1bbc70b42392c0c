"""merge needs both directions: __init__ raises for a one-way encoder; both merges are right."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, hidden, merge="concat", bidirectional=True):
        super().__init__()
        if not bidirectional:
            raise ValueError("merge needs a bidirectional encoder")
        self.merge, self.hidden = merge, hidden
        self.rnn = nn.GRU(3, hidden, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(2 * hidden if merge == "concat" else hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        if self.merge == "sum":
            out = out[..., :self.hidden] + out[..., self.hidden:]
        return self.head(out)


def probe():
    x = torch.randn(2, 4, 3)
    Encoder(5)(x)
    Encoder(5, merge="sum")(x)
