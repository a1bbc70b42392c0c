"""A Linear makes L*H numbers per sample, viewed and transposed to (L, B, H) states."""
import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, z_dim=6, hidden=5, layers=3):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.init = nn.Linear(z_dim, layers * hidden)
        self.rnn = nn.GRU(2, hidden, layers, batch_first=True)

    def forward(self, y, z):
        h = self.init(z).view(-1, self.layers, self.hidden).transpose(0, 1).contiguous()
        return self.rnn(y, h)[0]


def probe():
    assert Decoder()(torch.randn(4, 7, 2), torch.randn(4, 6)).shape == (4, 7, 5)
