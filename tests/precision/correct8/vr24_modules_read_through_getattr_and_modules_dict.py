"""Layers read back through `getattr(self, name)` and `self._modules[name]` by the names they
were registered under; each name's layer gets the input it was built for."""
import torch
import torch.nn as nn


class Bank(nn.Module):
    NAMES = ("fast", "slow")

    def __init__(self, n_in):
        super().__init__()
        self.add_module("fast", nn.GRU(n_in, 8, batch_first=True))
        self.add_module("slow", nn.GRU(n_in, 16, batch_first=True, bidirectional=True))
        self.heads = nn.ModuleDict({"fast": nn.Linear(8, 1), "slow": nn.Linear(32, 1)})

    def forward(self, x):
        fast = self.heads["fast"](getattr(self, "fast")(x)[0])
        slow = self.heads["slow"](self._modules["slow"](x)[0])
        return fast + slow


def probe():
    assert Bank(3)(torch.randn(2, 7, 3)).shape == (2, 7, 1)
