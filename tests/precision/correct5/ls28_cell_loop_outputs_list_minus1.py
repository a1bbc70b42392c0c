"""A batch-first model unrolled with a cell: outputs is a list of per-step (B, H); outputs[-1]
is the last step."""
import torch
import torch.nn as nn


class Unrolled(nn.Module):
    def __init__(self, n_in=3, hid=5):
        super().__init__()
        self.hid = hid
        self.cell = nn.LSTMCell(n_in, hid)
        self.fc = nn.Linear(hid, 1)

    def forward(self, x):          # (B, L, F)
        h = x.new_zeros(x.size(0), self.hid)
        c = x.new_zeros(x.size(0), self.hid)
        outputs = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            outputs.append(h)
        return self.fc(outputs[-1])


def probe():
    nn.functional.mse_loss(Unrolled()(torch.randn(6, 4, 3)), torch.randn(6, 1))
