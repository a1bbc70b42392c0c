"""Bidirectional, batch-first: out[:, -1] has both directions, 2*hidden, and the head is sized so."""
import torch
import torch.nn as nn


class BiLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])


def probe():
    assert BiLSTM(28, 16, 10)(torch.randn(4, 28, 28)).shape == (4, 10)
