# expect: LC007 line 9
"""The head's input is given as the hidden size although the GRU is bidirectional."""
import torch

from .model import Classifier


def train():
    model = Classifier(n_features=6, hidden=16, head_in=16, n_classes=3, bidirectional=True)  # fix: head_in=32
    return model(torch.randn(4, 10, 6))


def probe():
    train()
