# source: correct variant of bug_031 (a module's forward iterates the time steps of a (seq, batch, features) tensor)
"""The row-iteration route of var_031, written right: each step is (batch, features)."""
import torch
import torch.nn as nn


class StepEncoder(nn.Module):
    def __init__(self, n_in, n_hidden):
        super().__init__()
        self.n_hidden = n_hidden
        self.cell = nn.GRUCell(n_in, n_hidden)

    def forward(self, inputs, h):
        steps = []
        for x_t in inputs:
            h = self.cell(x_t, h)
            steps.append(h)
        return torch.stack(steps), h


def probe():
    encoder = StepEncoder(10, 20)
    encoder(torch.randn(6, 4, 10), torch.zeros(4, 20))


if __name__ == "__main__":
    probe()
