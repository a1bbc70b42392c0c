# torch: RuntimeError: Expected hidden[0] size (1, 4, 24), got [3, 4, 24]
# A residual stack of one-layer LSTMs (each adds its output to its input) takes the states of
# the whole stack, (layers, B, H) each, as a caller would give an nn.LSTM of `layers` layers; it
# lists that one pair once per layer, so every layer gets all the rows.
import torch
from torch import nn


class ResidualStack(nn.Module):
    def __init__(self, size=24, layers=3):
        super().__init__()
        self.layers = nn.ModuleList([nn.LSTM(size, size) for _ in range(layers)])

    def forward(self, x, state):
        per_layer = [state] * len(self.layers)  # fix: one pair per layer: [(h[i:i + 1], c[i:i + 1]) for i in range(len(self.layers))]
        finals = []
        for lstm, (h, c) in zip(self.layers, per_layer):
            out, final = lstm(x, (h, c))
            x = x + out
            finals.append(final)
        return x, finals


def probe():
    stack = ResidualStack()
    h0 = torch.zeros(3, 4, 24)
    c0 = torch.zeros(3, 4, 24)
    stack(torch.randn(6, 4, 24), (h0, c0))
