# expect: LC007 line 16
"""A sequence-first LSTM's output indexed out[:, -1] as if batch-first: it takes the last batch
row of every step, (L, H), and the loss sees L predictions for B targets."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):      # (L, B, 3)
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])  # fix: out[-1]


def probe():
    pred = Model()(torch.randn(12, 5, 3))
    nn.functional.mse_loss(pred, torch.randn(5, 1))
