# expect: LC008 line 7
"""Synthetic data made with 8 features for a model configured for N_FEATURES = 6."""
import torch
import torch.nn as nn

N_FEATURES, HIDDEN = 6, 10
X = torch.randn(50, 12, 8)  # fix: torch.randn(50, 12, N_FEATURES)

model = nn.LSTM(N_FEATURES, HIDDEN, batch_first=True)


def probe():
    model(X[:4])
