"""TBPTT on one long batch-first series: the state carried between windows of the same batch."""
import torch
import torch.nn as nn

lstm = nn.LSTM(2, 8, batch_first=True)
head = nn.Linear(8, 2)


def train(series, window=10):   # series (B, T, 2)
    state = None
    for t in range(0, series.size(1) - window, window):
        out, state = lstm(series[:, t:t + window], state)
        state = tuple(s.detach() for s in state)
        loss = (head(out) - series[:, t + 1:t + window + 1]).pow(2).mean()
        loss.backward()


def probe():
    train(torch.randn(4, 55, 2))
