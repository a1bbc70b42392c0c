"""A config listing stacked layers' sizes; each layer's input is the previous one's output."""
import torch
import torch.nn as nn


def get_config():
    return {"input_dim": 5, "rnn_sizes": [32, 16, 8], "bidirectional": [True, True, False]}


class Stack(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        layers = []
        in_dim = cfg["input_dim"]
        for size, bidir in zip(cfg["rnn_sizes"], cfg["bidirectional"]):
            layers.append(nn.GRU(in_dim, size, batch_first=True, bidirectional=bidir))
            in_dim = size * 2 if bidir else size
        self.layers = nn.ModuleList(layers)
        self.out_dim = in_dim

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return x


def probe():
    model = Stack(get_config())
    out = model(torch.randn(2, 11, 5))
    assert out.shape == (2, 11, model.out_dim) == (2, 11, 8)
