# expect: LC008 line 14
"""A file class subclassing nn.LSTM takes (hidden_size, input_size); the caller passes them in
torch's order."""
import torch
import torch.nn as nn


class HiddenFirstLSTM(nn.LSTM):
    def __init__(self, hidden_size, input_size, layers=1):
        super().__init__(input_size, hidden_size, layers, batch_first=True)


def probe():
    lstm = HiddenFirstLSTM(4, 16, 2)  # fix: HiddenFirstLSTM(16, 4, 2)
    lstm(torch.randn(3, 5, 4))
