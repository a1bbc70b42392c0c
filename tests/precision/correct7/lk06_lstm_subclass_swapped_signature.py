"""A file class subclassing nn.LSTM whose constructor takes (hidden_size, input_size) and passes
them on in torch's order."""
import torch
import torch.nn as nn


class HiddenFirstLSTM(nn.LSTM):
    def __init__(self, hidden_size, input_size, layers=1):
        super().__init__(input_size, hidden_size, layers, batch_first=True)


def probe():
    lstm = HiddenFirstLSTM(16, 4, 2)
    out, (h, c) = lstm(torch.randn(3, 5, 4))
    assert out.shape == (3, 5, 16) and h.shape == (2, 3, 16)
