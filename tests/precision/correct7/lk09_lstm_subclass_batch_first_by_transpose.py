"""A sequence-first nn.LSTM subclass with no constructor of its own whose forward takes batch-first
input and transposes it; states are (layers, B, H) for the batch-first input's B."""
import torch
import torch.nn as nn


class BatchFirstLSTM(nn.LSTM):
    def forward(self, x, state=None):
        out, state = super().forward(x.transpose(0, 1), state)
        return out.transpose(0, 1), state


def probe():
    lstm = BatchFirstLSTM(3, 5, 2)
    x = torch.randn(4, 9, 3)  # (B, T, F)
    h0 = torch.zeros(2, x.size(0), 5)
    out, _ = lstm(x, (h0, torch.zeros_like(h0)))
    assert out.shape == (4, 9, 5)
