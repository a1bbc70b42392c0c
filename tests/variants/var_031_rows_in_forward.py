# source: variant of bug_031 (a module's forward iterates its input's rows with a GRUCell; the input has no time dim)
# rule: LC009
# torch: RuntimeError: hidden0 has inconsistent hidden_size: got 4, expected 20
"""bug_031 inside a module: forward steps `for x_t in inputs:` over a (batch, features) matrix,
so each step is one unbatched row while the state is (batch, hidden)."""
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
    batch = torch.randn(4, 10)  # fix: a sequence of batched steps: torch.randn(6, 4, 10)
    encoder(batch, torch.zeros(4, 20))


if __name__ == "__main__":
    probe()
