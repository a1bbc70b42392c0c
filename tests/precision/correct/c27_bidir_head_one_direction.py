"""Bidirectional LSTM whose head reads h_n[-1] only: one direction, hidden_size features."""
import torch
import torch.nn as nn


class BackwardSummary(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, n_out):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, bidirectional=True)
        self.head = nn.Linear(hidden_size, n_out)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        return self.head(h_n[-1])


def probe():
    model = BackwardSummary(input_size=3, hidden_size=7, num_layers=2, n_out=2)
    assert model(torch.randn(9, 4, 3)).shape == (4, 2)
