# expect: LC007 line 12
"""merge='concat' doubles the width, but the head sizes are swapped between the modes."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden=6, merge="concat"):
        super().__init__()
        self.merge, self.hidden = merge, hidden
        self.rnn = nn.GRU(3, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(hidden if merge == "concat" else 2 * hidden, 2)  # fix: 2 * hidden if merge == "concat" else hidden

    def forward(self, x):
        out, _ = self.rnn(x)
        if self.merge == "sum":
            out = out[..., :self.hidden] + out[..., self.hidden:]
        return self.head(out)


net = Net(merge="concat")


def probe():
    net(torch.randn(2, 4, 3))
