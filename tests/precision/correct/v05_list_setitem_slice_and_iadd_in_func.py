"""The list is refilled in place with a slice assignment inside a setup function."""
import torch
import torch.nn as nn

FEATURES = ["a"]


def setup():
    FEATURES[:] = ["a", "b", "c", "d"]


setup()
gru = nn.GRU(len(FEATURES), 3)


def probe():
    gru(torch.randn(2, 1, 4))
