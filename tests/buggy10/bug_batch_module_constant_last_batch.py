"""A module-level batch size makes the GRU's state; the slicing loop's last batch of 50 rows
read 16 at a time has 2 rows."""
import torch
from torch import nn

BATCH_SIZE = 16
HIDDEN = 8


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, HIDDEN)

    def forward(self, x):
        h0 = torch.zeros(1, BATCH_SIZE, HIDDEN)  # expect: LC009
        return self.gru(x.transpose(0, 1), h0)[1]


def probe():
    data = torch.randn(50, 6, 3)
    enc = Encoder()
    for i in range(0, len(data), BATCH_SIZE):
        enc(data[i:i + BATCH_SIZE])
