# expect: LC008 line 12
"""MaxPool2d(3, stride 2, padding 1) on 20 bins gives 10; the GRU counts 9 as if unpadded."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, ch=4, hidden=6):
        super().__init__()
        self.conv = nn.Conv2d(1, ch, 3, padding=1)
        self.pool = nn.MaxPool2d(kernel_size=(3, 1), stride=(2, 1), padding=(1, 0))
        self.rnn = nn.GRU(ch * 9, hidden, batch_first=True)  # fix: ch * 10

    def forward(self, x):                        # (B, 1, 20, T)
        x = self.pool(self.conv(x))
        return self.rnn(x.permute(0, 3, 1, 2).flatten(2))[0]


def probe():
    Model()(torch.randn(2, 1, 20, 8))
