"""A stack of LSTMs whose widths shrink; the head takes the last layer's width."""
import torch
import torch.nn as nn


class Funnel(nn.Module):
    def __init__(self, n_in=32, widths=(24, 16, 8), classes=3):
        super().__init__()
        sizes = [n_in] + list(widths)
        self.layers = nn.ModuleList(nn.LSTM(a, b, batch_first=True)
                                    for a, b in zip(sizes, sizes[1:]))
        self.head = nn.Linear(widths[-1], classes)

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return self.head(x[:, -1])


def probe():
    Funnel()(torch.randn(2, 5, 32))
