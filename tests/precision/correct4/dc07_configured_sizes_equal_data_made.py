"""Synthetic data made in the file with the configured sizes: torch.randn(N, SEQ, N_FEATURES)
for an LSTM of input N_FEATURES."""
import torch
import torch.nn as nn

N, SEQ, N_FEATURES, HIDDEN = 64, 15, 6, 20

X = torch.randn(N, SEQ, N_FEATURES)
y = X.sum(dim=(1, 2)).unsqueeze(1)

model = nn.Sequential()
lstm = nn.LSTM(N_FEATURES, HIDDEN, batch_first=True)
fc = nn.Linear(HIDDEN, 1)


def probe():
    out, _ = lstm(X)
    result = fc(out[:, -1]).shape
    assert result == y.shape
