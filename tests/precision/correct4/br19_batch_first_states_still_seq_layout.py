"""batch_first=True changes the input and output, never the states: h_0 is (layers, B, H) and the
bridge indexes layers on dim 0."""
import torch
import torch.nn as nn


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(5, 7, num_layers=3, batch_first=True)
        self.dec = nn.LSTM(5, 7, num_layers=2, batch_first=True)

    def forward(self, src, tgt):
        _, (h, c) = self.enc(src)
        return self.dec(tgt, (h[1:], c[1:]))[0]


def probe():
    result = M()(torch.randn(4, 6, 5), torch.randn(4, 3, 5)).shape
    assert result == (4, 3, 7)
