"""An nn.LSTM's (L, B, H) state split per layer with unbind for a stack of cells of the same size."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, layers)
        self.cells = nn.ModuleList(nn.LSTMCell(n_in if i == 0 else hidden, hidden) for i in range(layers))

    def forward(self, src, step):
        _, (h, c) = self.encoder(src)
        states = list(zip(h.unbind(0), c.unbind(0)))
        inp = step
        for i, cell in enumerate(self.cells):
            states[i] = cell(inp, states[i])
            inp = states[i][0]
        return inp


def probe():
    assert Model(4, 6, 3)(torch.randn(5, 2, 4), torch.randn(2, 4)).shape == (2, 6)
