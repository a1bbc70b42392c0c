"""A batch of one sample (F,) or (T, F) is made 3-D with len(x.shape) checks."""
import torch
import torch.nn as nn

lstm = nn.LSTM(4, 6)


def predict(x):
    if len(x.shape) == 1:
        x = x.view(1, 1, -1)
    elif len(x.shape) == 2:
        x = x.unsqueeze(1)
    h = torch.zeros(1, 1, 6)
    return lstm(x, (h, h))[0]


def probe():
    predict(torch.randn(4))
    predict(torch.randn(7, 4))
