# source: variant of bug_059 (the batch read two attributes deep from an options object kept on self)
# rule: LC009
# torch: RuntimeError: Input batch size 5 doesn't match hidden0 batch size 2
"""bug_059 with an options object kept on the module: the cell's state takes
`self.opts.train.batch_size` rows, the input batch has another number."""
from types import SimpleNamespace

import torch
import torch.nn as nn

OPTS = SimpleNamespace(train=SimpleNamespace(batch_size=2), hidden=4, features=3)


class Stepper(nn.Module):
    def __init__(self, opts):
        super().__init__()
        self.opts = opts
        self.cell = nn.GRUCell(opts.features, opts.hidden)

    def forward(self, xs):
        h = torch.zeros(self.opts.train.batch_size, self.opts.hidden)  # fix: one hidden row per input row: xs.size(1)
        for x_t in xs:
            h = self.cell(x_t, h)
        return h


def probe():
    model = Stepper(OPTS)
    model(torch.randn(7, 5, 3))


if __name__ == "__main__":
    probe()
