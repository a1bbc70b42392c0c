# torch: runs
# A stack of LSTMCells, each with its own (batch, hidden) state from a comprehension over
# range(layers); the full stack's states are stacked for a one-layer-per-row summary.
import torch
import torch.nn as nn


class StackedCells(nn.Module):
    def __init__(self, n_in=7, hidden=14, layers=3):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.cells = nn.ModuleList([nn.LSTMCell(n_in if i == 0 else hidden, hidden) for i in range(layers)])
        self.summary = nn.GRU(hidden, hidden, num_layers=layers)

    def forward(self, seq):
        batch = seq.size(1)
        hs = [torch.zeros(batch, self.hidden) for _ in range(self.layers)]
        cs = [torch.zeros(batch, self.hidden) for _ in range(self.layers)]
        for x in seq:
            for i, cell in enumerate(self.cells):
                hs[i], cs[i] = cell(x, (hs[i], cs[i]))
                x = hs[i]
        out, _ = self.summary(seq.new_zeros(1, batch, self.hidden), torch.stack(hs))
        return out


def probe():
    StackedCells()(torch.randn(5, 4, 7))
