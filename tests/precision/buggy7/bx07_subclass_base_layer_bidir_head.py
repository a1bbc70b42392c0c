# expect: LC007 line 18
"""The base class builds a bidirectional LSTM; the subclass's head reads the base's layer output
with hidden_size features."""
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.hidden_size = hidden_size


class Classifier(BaseRNN):
    def __init__(self, input_size, hidden_size, classes):
        super().__init__(input_size, hidden_size)
        self.fc = nn.Linear(hidden_size, classes)  # fix: 2 * hidden_size

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


def probe():
    Classifier(5, 9, 3)(torch.randn(4, 6, 5))
