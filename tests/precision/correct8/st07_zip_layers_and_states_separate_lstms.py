"""Separate one-layer LSTMs of different widths, each with its own state; states built from
each layer's hidden_size and walked with zip(layers, states)."""
import torch
import torch.nn as nn


class MultiScale(nn.Module):
    def __init__(self, n_in, widths):
        super().__init__()
        layers, prev = [], n_in
        for w in widths:
            layers.append(nn.LSTM(prev, w, batch_first=True))
            prev = w
        self.layers = nn.ModuleList(layers)

    def initial(self, batch):
        return [(torch.zeros(1, batch, l.hidden_size), torch.zeros(1, batch, l.hidden_size))
                for l in self.layers]

    def forward(self, x, states=None):
        states = states if states is not None else self.initial(x.size(0))
        new_states = []
        for layer, (h, c) in zip(self.layers, states):
            x, (h, c) = layer(x, (h, c))
            new_states.append((h, c))
        return x, new_states


def probe():
    model = MultiScale(4, [24, 12])
    x = torch.randn(2, 6, 4)
    out, states = model(x)
    out, states = model(x, states)
    assert out.shape == (2, 6, 12)
