"""A handwriting recognizer sizes its GRU state from the image batch, x.size(0), before the
feature map is permuted sequence-first; it is run on a training batch and on one image."""
import torch
import torch.nn as nn


class LineRecognizer(nn.Module):
    def __init__(self, n_classes=20, hidden=16, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.cnn = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d((1, 12)))
        self.gru = nn.GRU(8, hidden, layers, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.layers * 2, batch, self.hidden)

    def forward(self, images):
        hidden = self.init_hidden(images.size(0))
        features = self.cnn(images).squeeze(2).permute(2, 0, 1)
        seq, _ = self.gru(features, hidden)
        return self.out(seq)


def probe():
    model = LineRecognizer()
    model(torch.randn(4, 1, 16, 48))
    model.eval()
    with torch.no_grad():
        model(torch.randn(1, 1, 16, 48))
