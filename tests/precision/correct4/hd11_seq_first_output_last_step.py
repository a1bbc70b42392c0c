"""Seq-first LSTM (the default): output[-1] is the last step of every row, (B, H)."""
import torch
import torch.nn as nn

lstm = nn.LSTM(input_size=10, hidden_size=20, num_layers=2)
head = nn.Linear(20, 3)


def predict(seq):
    output, (hn, cn) = lstm(seq)
    return head(output[-1])


def probe():
    result = predict(torch.randn(5, 3, 10)).shape
    assert result == (3, 3)
