"""head_mode 'cat' or 'add' of two encoders' final states sets the classifier width."""
import torch
from torch import nn


class Pair(nn.Module):
    def __init__(self, hidden, head_mode="cat"):
        super().__init__()
        self.head_mode = head_mode
        self.a = nn.GRU(3, hidden, batch_first=True)
        self.b = nn.GRU(3, hidden, batch_first=True)
        self.fc = nn.Linear(2 * hidden if head_mode == "cat" else hidden, 1)

    def forward(self, x, y):
        _, ha = self.a(x)
        _, hb = self.b(y)
        z = torch.cat([ha[-1], hb[-1]], 1) if self.head_mode == "cat" else ha[-1] + hb[-1]
        return self.fc(z)


def probe():
    x, y = torch.randn(2, 5, 3), torch.randn(2, 7, 3)
    assert Pair(4)(x, y).shape == (2, 1)
    assert Pair(4, "add")(x, y).shape == (2, 1)
