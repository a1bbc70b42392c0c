# expect: LC007 line 14
"""A loop over bidirectional layers, each fed 2H, then a classifier sized for one direction."""
import torch
import torch.nn as nn


class DeepBiLSTM(nn.Module):
    def __init__(self, n_in, hidden, depth, n_classes):
        super().__init__()
        self.layers = nn.ModuleList()
        for i in range(depth):
            self.layers.append(nn.LSTM(n_in if i == 0 else 2 * hidden, hidden,
                                       batch_first=True, bidirectional=True))
        self.classifier = nn.Linear(hidden, n_classes)  # fix: 2 * hidden

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return self.classifier(x.mean(dim=1))


def probe():
    DeepBiLSTM(5, 12, 3, 4)(torch.randn(2, 9, 5))
