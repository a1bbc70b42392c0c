"""Mean and max pools of a GRU are concatenated, 2 * hidden wide; the head takes hidden."""
import torch
import torch.nn as nn


class Pooler(nn.Module):
    def __init__(self, n_in=9, hidden=11, classes=2):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, classes)  # expect: LC007

    def forward(self, x):
        seq, _ = self.gru(x)
        return self.out(torch.cat([seq.mean(1), seq.amax(1)], dim=1))


def probe():
    Pooler()(torch.randn(2, 7, 9))
