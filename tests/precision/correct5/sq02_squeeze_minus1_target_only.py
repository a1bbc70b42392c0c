"""squeeze() with no dim on the target and the prediction of a regression, never fed to a
layer: a batch of one only makes scalars that the loss still compares."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 12, batch_first=True)
head = nn.Linear(12, 1)


def step(x, y):
    out, _ = lstm(x)
    pred = head(out[:, -1]).squeeze()
    return nn.functional.mse_loss(pred, y.squeeze())


def probe():
    step(torch.randn(8, 5, 3), torch.randn(8, 1))
    step(torch.randn(1, 5, 3), torch.randn(1, 1))
