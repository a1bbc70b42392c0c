"""Functional style: module-level functions take the layers as arguments; the bidirectional
output goes through `encode` and `classify` to a head of 2H."""
import torch
import torch.nn as nn


def encode(rnn, x):
    out, _ = rnn(x)
    return out


def classify(head, features):
    return head(features.mean(dim=1))


def build(n_in=6, hidden=10, n_classes=4):
    rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
    head = nn.Linear(2 * hidden, n_classes)
    return rnn, head


def probe():
    rnn, head = build()
    assert classify(head, encode(rnn, torch.randn(3, 7, 6))).shape == (3, 4)
