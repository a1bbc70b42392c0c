"""A CNN front end's channels passed by its site (not the default list); the GRU reads out_channels."""
import torch
import torch.nn as nn


class FrontEnd(nn.Module):
    def __init__(self, n_in, channels=(64, 128, 256)):
        super().__init__()
        layers, prev = [], n_in
        for ch in channels:
            layers += [nn.Conv1d(prev, ch, 3, padding=1), nn.ReLU()]
            prev = ch
        self.net = nn.Sequential(*layers)
        self.out_channels = channels[-1]

    def forward(self, x):
        return self.net(x)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.front = FrontEnd(3, channels=(4, 8))
        self.rnn = nn.GRU(self.front.out_channels, 5, batch_first=True)

    def forward(self, x):                        # (B, 3, T)
        return self.rnn(self.front(x).transpose(1, 2))[0]


def probe():
    out = Model()(torch.randn(2, 3, 11))
    assert out.shape == (2, 11, 5)
