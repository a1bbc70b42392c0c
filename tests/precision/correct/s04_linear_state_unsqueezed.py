"""A latent mapped by a Linear to (B, H), then unsqueezed for a one-layer decoder."""
import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, z=6, hidden=16):
        super().__init__()
        self.to_h = nn.Linear(z, hidden)
        self.to_c = nn.Linear(z, hidden)
        self.rnn = nn.LSTM(8, hidden, batch_first=True)

    def forward(self, y, latent):
        h = self.to_h(latent).unsqueeze(0)
        c = self.to_c(latent)[None]
        return self.rnn(y, (h, c))[0]


def probe():
    assert Decoder()(torch.randn(4, 5, 8), torch.randn(4, 6)).shape == (4, 5, 16)
