# expect: LC008 line 7
"""Data of 7 features made in the file; the LSTM is built for 8."""
import torch
import torch.nn as nn

X = torch.randn(32, 10, 7)
lstm = nn.LSTM(8, 16, batch_first=True)  # fix: nn.LSTM(7, 16, batch_first=True)


def probe():
    lstm(X)
