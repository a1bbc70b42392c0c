"""A hand-written LSTMCell in the style of torch's fastrnns benchmark (own weights, state
(hx, cx) of (B, H)); a layer loops it over time, a head of H reads the last step."""
import torch
import torch.nn as nn


class LSTMCell(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.weight_ih = nn.Parameter(torch.randn(4 * hidden_size, input_size) * 0.1)
        self.weight_hh = nn.Parameter(torch.randn(4 * hidden_size, hidden_size) * 0.1)
        self.bias = nn.Parameter(torch.zeros(4 * hidden_size))

    def forward(self, x, state):
        hx, cx = state
        gates = x @ self.weight_ih.t() + hx @ self.weight_hh.t() + self.bias
        i, f, g, o = gates.chunk(4, 1)
        cy = torch.sigmoid(f) * cx + torch.sigmoid(i) * torch.tanh(g)
        hy = torch.sigmoid(o) * torch.tanh(cy)
        return hy, (hy, cy)


class LSTMLayer(nn.Module):
    def __init__(self, cell):
        super().__init__()
        self.cell = cell

    def forward(self, x, state):
        outputs = []
        for x_t in x.unbind(0):
            out, state = self.cell(x_t, state)
            outputs.append(out)
        return torch.stack(outputs), state


def probe():
    layer = LSTMLayer(LSTMCell(6, 10))
    state = (torch.zeros(3, 10), torch.zeros(3, 10))
    out, (h, c) = layer(torch.randn(5, 3, 6), state)
    assert nn.Linear(10, 2)(out[-1]).shape == (3, 2)
