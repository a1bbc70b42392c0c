"""h_n[-2:] (the last layer's two directions) transposed and reshaped to (B, 2H)."""
import torch
import torch.nn as nn


class Enc(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(5, 11, num_layers=3, bidirectional=True)
        self.fc = nn.Linear(22, 4)

    def forward(self, x):
        _, h = self.rnn(x)
        last = h[-2:].transpose(0, 1).reshape(x.shape[1], -1)
        return self.fc(last)


def probe():
    result = Enc()(torch.randn(8, 3, 5)).shape
    assert result == (3, 4)
