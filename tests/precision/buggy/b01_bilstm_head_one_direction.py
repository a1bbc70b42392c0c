# expect: LC007 line 11
"""Bidirectional LSTM classifier whose head is sized for one direction."""
import torch
import torch.nn as nn


class LSTMClassifier(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden_dim, n_classes)  # fix: hidden_dim * 2

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])


def probe():
    model = LSTMClassifier(input_dim=10, hidden_dim=16, num_layers=2, n_classes=3)
    model(torch.randn(4, 7, 10))
