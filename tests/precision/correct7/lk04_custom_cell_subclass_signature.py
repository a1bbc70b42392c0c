"""A file's LayerNormLSTMCell(input_size, hidden_size) with its own forward(x, (h, c))."""
import torch
import torch.nn as nn


class LayerNormLSTMCell(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.ih = nn.Linear(input_size, 4 * hidden_size)
        self.hh = nn.Linear(hidden_size, 4 * hidden_size, bias=False)
        self.ln = nn.LayerNorm(4 * hidden_size)

    def forward(self, x, state):
        h, c = state
        i, f, g, o = self.ln(self.ih(x) + self.hh(h)).chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        return h, c


def probe():
    cell = LayerNormLSTMCell(5, 7)
    h = c = torch.zeros(3, 7)
    for x in torch.randn(4, 3, 5):
        h, c = cell(x, (h, c))
    assert h.shape == (3, 7)
