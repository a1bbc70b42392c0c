"""The classic OCR CRNN: the CNN brings the height to 1, squeeze(2), and the channels feed the LSTM."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, img_h=32, nc=1, nclass=37, nh=32):
        super().__init__()
        assert img_h % 16 == 0
        self.cnn = nn.Sequential(
            nn.Conv2d(nc, 16, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2, 2),          # 16
            nn.Conv2d(16, 32, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2, 2),          # 8
            nn.Conv2d(32, 64, 3, 1, 1), nn.ReLU(), nn.MaxPool2d((2, 1), (2, 1)),  # 4
            nn.Conv2d(64, 64, 3, 1, 1), nn.ReLU(), nn.MaxPool2d((2, 1), (2, 1)),  # 2
            nn.Conv2d(64, 128, 2, 1, 0), nn.ReLU())                             # 1
        self.rnn = nn.LSTM(128, nh, bidirectional=True)
        self.embedding = nn.Linear(nh * 2, nclass)

    def forward(self, x):
        conv = self.cnn(x)
        b, c, h, w = conv.size()
        assert h == 1, "the height of conv must be 1"
        conv = conv.squeeze(2).permute(2, 0, 1)  # (w, b, c)
        out, _ = self.rnn(conv)
        return self.embedding(out)


def probe():
    out = CRNN()(torch.randn(2, 1, 32, 64))
    assert out.shape == (15, 2, 37)
