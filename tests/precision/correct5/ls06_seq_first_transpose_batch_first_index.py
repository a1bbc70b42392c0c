"""out.transpose(0, 1) makes a sequence-first output batch-first; then [:, -1, :]."""
import torch
import torch.nn as nn

lstm = nn.LSTM(4, 9)
head = nn.Linear(9, 3)


def predict(x_seq_first):
    out, _ = lstm(x_seq_first)
    return head(out.transpose(0, 1)[:, -1, :])


def probe():
    assert predict(torch.randn(12, 2, 4)).shape == (2, 3)
