"""Images 30 high through two MaxPool2d(2): 30 -> 15 -> 7; the LSTM over columns takes C * 7."""
import torch
import torch.nn as nn

IMG_H = 30


class LineRecognizer(nn.Module):
    def __init__(self, ch=8, hidden=12, classes=20):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(3, ch, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                                 nn.Conv2d(ch, ch, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.rnn = nn.LSTM(ch * (IMG_H // 2 // 2), hidden, bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hidden, classes)

    def forward(self, img):                      # (B, 3, IMG_H, W)
        f = self.cnn(img)
        f = f.permute(0, 3, 1, 2).flatten(2)     # (B, W / 4, ch * 7)
        return self.out(self.rnn(f)[0])


def probe():
    out = LineRecognizer()(torch.randn(2, 3, IMG_H, 40))
    assert out.shape == (2, 10, 20)
