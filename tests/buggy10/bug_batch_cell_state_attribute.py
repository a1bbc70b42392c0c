"""An LSTMCell's state is allocated in the constructor for the training batch and an
evaluation batch of another size is fed."""
import torch
import torch.nn as nn


class CellModel(nn.Module):
    def __init__(self, n_in=3, hidden=5, batch_size=10):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.h = torch.zeros(batch_size, hidden)  # expect: LC009
        self.c = torch.zeros(batch_size, hidden)

    def forward(self, seq):
        h, c = self.h, self.c
        for x in seq:
            h, c = self.cell(x, (h, c))
        return h


def probe():
    model = CellModel()
    model(torch.randn(4, 10, 3))
    model(torch.randn(4, 3, 3))
