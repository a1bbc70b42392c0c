"""Two single-direction GRUs applied in a loop over (layer, flip) pairs, outputs concatenated."""
import torch
import torch.nn as nn


class ManualBiGRU(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.fwd = nn.GRU(n_in, hidden, batch_first=True)
        self.bwd = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        outs = []
        for layer, flip in ((self.fwd, False), (self.bwd, True)):
            inp = torch.flip(x, [1]) if flip else x
            out, _ = layer(inp)
            outs.append(torch.flip(out, [1]) if flip else out)
        return self.head(torch.cat(outs, dim=-1))


def probe():
    assert ManualBiGRU(3, 4)(torch.randn(2, 7, 3)).shape == (2, 7, 1)
