"""The feature list is extended by rebinding (FEATURES = FEATURES + [...]), not append."""
import torch
import torch.nn as nn

FEATURES = ["open", "high", "low", "close"]
FEATURES = FEATURES + ["volume", "vwap"]
lstm = nn.LSTM(len(FEATURES), 8, batch_first=True)


def probe():
    lstm(torch.randn(2, 10, 6))
