"""h_n.squeeze(0) on a one-layer bidirectional LSTM, then transpose(0, 1) and reshape(B, -1):
each row is one sample's two directions, 2H."""
import torch
import torch.nn as nn

H = 4
lstm = nn.LSTM(3, H, bidirectional=True)
fc = nn.Linear(2 * H, 1)

x = torch.randn(6, 5, 3)
_, (h_n, _) = lstm(x)
features = h_n.squeeze(0).transpose(0, 1).reshape(x.size(1), -1)
scores = fc(features)


def probe():
    assert scores.shape == (5, 1)
