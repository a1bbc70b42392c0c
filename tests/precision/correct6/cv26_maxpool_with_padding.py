"""MaxPool2d(3, stride=2, padding=1) on 20 bins: (20 + 2 - 3) // 2 + 1 = 10 per channel."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, ch=4, hidden=6):
        super().__init__()
        self.conv = nn.Conv2d(1, ch, 3, padding=1)
        self.pool = nn.MaxPool2d(kernel_size=(3, 1), stride=(2, 1), padding=(1, 0))
        self.rnn = nn.GRU(ch * 10, hidden, batch_first=True)

    def forward(self, x):                        # (B, 1, 20, T)
        x = self.pool(self.conv(x))
        return self.rnn(x.permute(0, 3, 1, 2).flatten(2))[0]


def probe():
    out = Model()(torch.randn(2, 1, 20, 8))
    assert out.shape == (2, 8, 6)
