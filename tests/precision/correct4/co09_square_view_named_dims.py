"""The output viewed with named sizes B and T that happen to be equal (4 x 4); the view names
each dim by what it is, so it holds for any B and T."""
import torch
import torch.nn as nn

gru = nn.GRU(3, 6, batch_first=True)
fc = nn.Linear(6, 2)


def run(x):
    B, T, _ = x.shape
    out, _ = gru(x)
    flat = out.reshape(B * T, -1)
    return fc(flat).view(B, T, 2)


def probe():
    result = run(torch.randn(4, 4, 3)).shape
    assert result == (4, 4, 2)
    result = run(torch.randn(2, 7, 3)).shape
    assert result == (2, 7, 2)
