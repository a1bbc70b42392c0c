"""F.max_pool2d with ceil_mode=True on 9 bins gives 5 rows; 5 * channels is fed."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self, ch=4, hidden=6):
        super().__init__()
        self.conv = nn.Conv2d(1, ch, 3, padding=1)
        self.rnn = nn.LSTM(ch * 5, hidden, batch_first=True)

    def forward(self, x):                        # (B, 1, 9, T)
        x = F.max_pool2d(F.relu(self.conv(x)), kernel_size=(2, 1), ceil_mode=True)
        return self.rnn(x.permute(0, 3, 1, 2).flatten(2))[0]


def probe():
    out = Model()(torch.randn(2, 1, 9, 7))
    assert out.shape == (2, 7, 6)
