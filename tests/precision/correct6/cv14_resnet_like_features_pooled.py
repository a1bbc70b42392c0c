"""A small ResNet-like trunk ends in 64 channels pooled to a vector per frame; the GRU takes 64."""
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, stride, 1)
        self.skip = nn.Conv2d(cin, cout, 1, stride)

    def forward(self, x):
        return torch.relu(self.conv(x) + self.skip(x))


class Trunk(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.Sequential(Block(3, 16, 2), Block(16, 32, 2), Block(32, 64, 2))
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.out_features = 64

    def forward(self, x):
        return self.pool(self.blocks(x)).flatten(1)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = Trunk()
        self.rnn = nn.GRU(self.trunk.out_features, 20, batch_first=True)

    def forward(self, clips):                    # (B, T, 3, H, W)
        b, t = clips.shape[:2]
        return self.rnn(self.trunk(clips.reshape(b * t, *clips.shape[2:])).view(b, t, -1))[0]


def probe():
    out = Model()(torch.randn(2, 3, 3, 33, 33))
    assert out.shape == (2, 3, 20)
