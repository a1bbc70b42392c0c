"""h_n viewed (layers, 2, B, H); the last layer's directions joined for a 2H head."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, inp, hid, layers):
        super().__init__()
        self.layers, self.hid = layers, hid
        self.lstm = nn.LSTM(inp, hid, layers, bidirectional=True)
        self.fc = nn.Linear(2 * hid, hid)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        h = h.view(self.layers, 2, x.size(1), self.hid)[-1]
        return self.fc(torch.cat([h[0], h[1]], -1))


def probe():
    assert Encoder(3, 4, 2)(torch.randn(5, 6, 3)).shape == (6, 4)
