"""A univariate series (batch, time) is unsqueezed to one feature for input_size=1."""
import torch
import torch.nn as nn


class Univariate(nn.Module):
    def __init__(self, hidden=20):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, series):
        out, _ = self.lstm(series.unsqueeze(-1))
        return self.fc(out[:, -1])


def probe():
    Univariate()(torch.sin(torch.linspace(0, 6, 60)).view(3, 20))
