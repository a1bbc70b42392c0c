"""AvgPool2d(kernel (3, 1), stride (2, 1), padding (1, 0), ceil_mode=True) on 11 bins gives 6."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, ch=2, hidden=3):
        super().__init__()
        self.conv = nn.Conv2d(1, ch, 3, padding=1)
        self.pool = nn.AvgPool2d((3, 1), stride=(2, 1), padding=(1, 0), ceil_mode=True)
        self.rnn = nn.LSTM(ch * 6, hidden, batch_first=True)

    def forward(self, x):                        # (B, 1, 11, T)
        x = self.pool(self.conv(x))
        return self.rnn(x.permute(0, 3, 1, 2).flatten(2))[0]


def probe():
    out = Model()(torch.randn(2, 1, 11, 5))
    assert out.shape == (2, 5, 3)
