"""batch_first output: out.select(1, -1) and out[:, 0] (the first step) both take a step."""
import torch
import torch.nn as nn

lstm = nn.LSTM(2, 5, batch_first=True, bidirectional=True)
head = nn.Linear(10, 1)


def forward(x):
    out, _ = lstm(x)
    last = out.select(1, -1)
    first = out[:, 0]
    return head(last) + head(first)


def probe():
    assert forward(torch.randn(6, 4, 2)).shape == (6, 1)
