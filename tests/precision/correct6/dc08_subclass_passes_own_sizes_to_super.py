"""A subclass passes its own sizes to the base constructor; the base's defaults are not used."""
import torch
import torch.nn as nn


class RecurrentBase(nn.Module):
    def __init__(self, input_size=128, hidden_size=256, num_layers=1, cell="LSTM"):
        super().__init__()
        self.rnn = getattr(nn, cell)(input_size, hidden_size, num_layers, batch_first=True)
        self.hidden_size = hidden_size

    def forward(self, x):
        return self.rnn(x)[0]


class SmallGRU(RecurrentBase):
    def __init__(self):
        super().__init__(input_size=6, hidden_size=10, num_layers=2, cell="GRU")
        self.fc = nn.Linear(self.hidden_size, 3)

    def forward(self, x):
        return self.fc(super().forward(x)[:, -1])


def probe():
    out = SmallGRU()(torch.randn(3, 8, 6))
    assert out.shape == (3, 3)
