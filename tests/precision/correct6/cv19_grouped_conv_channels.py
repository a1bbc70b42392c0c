"""A grouped Conv1d keeps out_channels=channels regardless of groups; the GRU takes them."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=16, hidden=10, groups=4):
        super().__init__()
        self.depthwise = nn.Conv1d(n_in, n_in, 3, padding=1, groups=n_in)
        self.pointwise = nn.Conv1d(n_in, 32, 1, groups=groups)
        self.rnn = nn.GRU(32, hidden, batch_first=True)

    def forward(self, x):                        # (B, T, n_in)
        y = self.pointwise(self.depthwise(x.transpose(1, 2)))
        return self.rnn(y.transpose(1, 2))[0]


def probe():
    out = Model()(torch.randn(2, 7, 16))
    assert out.shape == (2, 7, 10)
