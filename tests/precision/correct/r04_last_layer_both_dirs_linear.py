"""The last layer's two directions through a Linear, repeated for a two-layer decoder."""
import torch
from torch import nn


class Model(nn.Module):
    def __init__(self, hidden=8, dec_layers=2):
        super().__init__()
        self.dec_layers = dec_layers
        self.encoder = nn.GRU(4, hidden, num_layers=2, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, hidden)
        self.decoder = nn.GRU(4, hidden, num_layers=dec_layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = torch.tanh(self.fc(torch.cat((h[-2], h[-1]), dim=1)))
        h = h.unsqueeze(0).repeat(self.dec_layers, 1, 1)
        return self.decoder(tgt, h)[0]


def probe():
    assert Model()(torch.randn(6, 3, 4), torch.randn(2, 3, 4)).shape == (2, 3, 8)
