"""An LSTMCell iterating over the rows of a sequence-first input (`for x_t in x`), each row
(B, F); the state (B, H) starts from zeros and the outputs are stacked."""
import torch
import torch.nn as nn


class CellRNN(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(1), self.hidden)
        c = x.new_zeros(x.size(1), self.hidden)
        outs = []
        for x_t in x:
            h, c = self.cell(x_t, (h, c))
            outs.append(h)
        return torch.stack(outs)


def probe():
    assert CellRNN(4, 9)(torch.randn(7, 3, 4)).shape == (7, 3, 9)
