"""An LSTM inside nn.Sequential, with a small module that picks the output from the tuple."""
import torch
import torch.nn as nn


class TakeOutput(nn.Module):
    def forward(self, result):
        output, _ = result
        return output[:, -1, :]


def make_model(n_features, hidden, n_classes):
    return nn.Sequential(
        nn.LSTM(n_features, hidden, num_layers=2, batch_first=True, bidirectional=True),
        TakeOutput(),
        nn.Linear(2 * hidden, n_classes),
    )


def probe():
    model = make_model(n_features=4, hidden=6, n_classes=3)
    assert model(torch.randn(5, 8, 4)).shape == (5, 3)
