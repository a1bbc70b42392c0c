"""The flattened CNN width measured with a dummy forward pass, as many projects do."""
import torch
import torch.nn as nn


class CNNLSTM(nn.Module):
    def __init__(self, in_ch=1, height=28, hidden=32):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(in_ch, 6, 5), nn.ReLU(), nn.MaxPool2d(2, ceil_mode=True),
                                 nn.Conv2d(6, 12, 3, dilation=2), nn.ReLU())
        with torch.no_grad():
            probe_out = self.cnn(torch.zeros(1, in_ch, height, 16))
        feat = probe_out.size(1) * probe_out.size(2)
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)

    def forward(self, x):
        f = self.cnn(x)
        f = f.permute(0, 3, 1, 2).flatten(2)
        return self.lstm(f)[0]


def probe():
    out = CNNLSTM()(torch.randn(2, 1, 28, 40))
    assert out.shape[-1] == 32
