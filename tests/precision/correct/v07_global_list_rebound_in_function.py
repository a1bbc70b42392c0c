"""configure() rebinds the module list with global before the model is built."""
import torch
import torch.nn as nn

FEATURES = ["a", "b"]


def configure():
    global FEATURES
    FEATURES = ["a", "b", "c", "d", "e"]


configure()
lstm = nn.LSTM(len(FEATURES), 4)


def probe():
    lstm(torch.randn(3, 2, 5))
