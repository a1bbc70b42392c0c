# source: variant of bug_059 (the cell stepped in forward's loop; the batch from the constructor)
# rule: LC009
# torch: RuntimeError: Input batch size 5 doesn't match hidden0 batch size 2
"""bug_059 as a module: a GRUCell stepped over time in forward, with a hidden state whose batch
comes from the constructor's batch_size instead of the input."""
import torch
import torch.nn as nn


class Stepper(nn.Module):
    def __init__(self, input_size, hidden_size, batch_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.batch_size = batch_size
        self.cell = nn.GRUCell(input_size, hidden_size)

    def forward(self, xs):
        h = torch.zeros(self.batch_size, self.hidden_size)  # fix: one hidden row per input row: torch.zeros(xs.size(1), self.hidden_size)
        for t in range(xs.size(0)):
            h = self.cell(xs[t], h)
        return h


def probe():
    model = Stepper(3, 4, batch_size=2)
    model(torch.randn(7, 5, 3))


if __name__ == "__main__":
    probe()
