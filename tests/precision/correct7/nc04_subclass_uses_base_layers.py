"""A base class builds the layers; the subclass's forward reads them (self.lstm from the base)."""
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True,
                            bidirectional=bidirectional)
        self.num_directions = 2 if bidirectional else 1
        self.hidden_size = hidden_size


class Classifier(BaseRNN):
    def __init__(self, input_size, hidden_size, classes):
        super().__init__(input_size, hidden_size, num_layers=2, bidirectional=True)
        self.fc = nn.Linear(self.num_directions * hidden_size, classes)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        last = torch.cat([h[-2], h[-1]], dim=1)
        return self.fc(last)


def probe():
    assert Classifier(5, 9, 3)(torch.randn(4, 6, 5)).shape == (4, 3)
