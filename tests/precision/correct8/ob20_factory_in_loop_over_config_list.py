"""A list of layer configs, each built by a factory in a loop; every layer's input is the
previous layer's output width as computed from its config."""
import torch
import torch.nn as nn

LAYERS = [
    {"hidden": 16, "bidirectional": True},
    {"hidden": 24, "bidirectional": False},
    {"hidden": 8, "bidirectional": True},
]


def make(n_in, spec):
    layer = nn.LSTM(n_in, spec["hidden"], batch_first=True, bidirectional=spec["bidirectional"])
    return layer, spec["hidden"] * (2 if spec["bidirectional"] else 1)


class Stack(nn.Module):
    def __init__(self, n_in, specs):
        super().__init__()
        layers = []
        width = n_in
        for spec in specs:
            layer, width = make(width, spec)
            layers.append(layer)
        self.layers = nn.ModuleList(layers)
        self.out = nn.Linear(width, 1)

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return self.out(x)


def probe():
    assert Stack(5, LAYERS)(torch.randn(2, 6, 5)).shape == (2, 6, 1)
