"""Flat feature vectors viewed as (batch, steps, features) before a batch_first LSTM."""
import torch
import torch.nn as nn

N_STEPS = 10
N_FEATURES = 6


class FlatToSequence(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(N_FEATURES, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, flat):
        x = flat.view(flat.size(0), N_STEPS, N_FEATURES)
        _, (h, _) = self.lstm(x)
        return self.out(h.squeeze(0))


def probe():
    assert FlatToSequence(hidden=8)(torch.randn(4, N_STEPS * N_FEATURES)).shape == (4, 2)
