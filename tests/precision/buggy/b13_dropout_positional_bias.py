# expect: LC005 line 8
"""The fourth positional argument is bias, not dropout."""
import torch
import torch.nn as nn


def build_encoder(emb_dim, hidden, layers):
    return nn.LSTM(emb_dim, hidden, layers, 0.5)  # fix: dropout=0.5


def probe():
    build_encoder(10, 20, 2)(torch.randn(3, 2, 10))
