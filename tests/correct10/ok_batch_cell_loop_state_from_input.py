"""An LSTMCell unrolled by hand; the state is made from the input's batch, though the class
also remembers the training batch size."""
import torch
from torch import nn


class Unrolled(nn.Module):
    def __init__(self, n_in=6, hidden=14, batch_size=32):
        super().__init__()
        self.batch_size = batch_size
        self.hidden = hidden
        self.cell = nn.LSTMCell(n_in, hidden)

    def forward(self, seq):
        h = seq.new_zeros(seq.size(1), self.hidden)
        c = seq.new_zeros(seq.size(1), self.hidden)
        for x in seq:
            h, c = self.cell(x, (h, c))
        return h


def probe():
    Unrolled()(torch.randn(5, 32, 6))
    Unrolled()(torch.randn(5, 9, 6))
