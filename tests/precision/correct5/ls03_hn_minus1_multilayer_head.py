"""h_n[-1] is the last layer's state (B, H) of a 3-layer LSTM."""
import torch
import torch.nn as nn

lstm = nn.LSTM(10, 20, num_layers=3, batch_first=True, dropout=0.3)
fc = nn.Linear(20, 4)


def forward(x):
    _, (h_n, _) = lstm(x)
    return fc(h_n[-1])


def probe():
    assert forward(torch.randn(2, 7, 10)).shape == (2, 4)
