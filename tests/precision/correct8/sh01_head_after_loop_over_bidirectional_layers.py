"""A ModuleList of one-layer bidirectional LSTMs applied in a loop, each after the first taking
2H; after the loop the features are 2H and so is the head."""
import torch
import torch.nn as nn


class DeepBiLSTM(nn.Module):
    def __init__(self, n_in, hidden, depth, n_classes):
        super().__init__()
        self.layers = nn.ModuleList()
        for i in range(depth):
            self.layers.append(nn.LSTM(n_in if i == 0 else 2 * hidden, hidden,
                                       batch_first=True, bidirectional=True))
        self.norm = nn.LayerNorm(2 * hidden)
        self.classifier = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
            x = self.norm(x)
        return self.classifier(x.mean(dim=1))


def probe():
    assert DeepBiLSTM(5, 12, 3, 4)(torch.randn(2, 9, 5)).shape == (2, 4)
