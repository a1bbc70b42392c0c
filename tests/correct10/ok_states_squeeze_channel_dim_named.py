"""The channel dim of (B, 1, T, F) is squeezed by name, so a batch of one keeps its batch dim
and its state fits."""
import torch
import torch.nn as nn


class SpecLSTM(nn.Module):
    def __init__(self, n_freq=12, hidden=6):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_freq, hidden, batch_first=True)

    def forward(self, spec):
        x = spec.squeeze(1)
        state = (torch.zeros(1, x.size(0), self.hidden), torch.zeros(1, x.size(0), self.hidden))
        return self.lstm(x, state)[0]


def probe():
    SpecLSTM()(torch.randn(1, 1, 9, 12))
    SpecLSTM()(torch.randn(3, 1, 9, 12))
