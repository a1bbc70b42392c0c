"""Sequence-first output indexed out[-1, :, :] (every batch row of the last step)."""
import torch
import torch.nn as nn


class RNNTagger(nn.Module):
    def __init__(self, n_feat=5, n_hid=7, n_out=2):
        super().__init__()
        self.rnn = nn.RNN(n_feat, n_hid, num_layers=2)
        self.out = nn.Linear(n_hid, n_out)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.out(y[-1, :, :])


def probe():
    assert RNNTagger()(torch.randn(9, 4, 5)).shape == (4, 2)
