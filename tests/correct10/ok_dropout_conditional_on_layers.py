"""The dropout knob is passed to the LSTM only when there are layers to drop between."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=16, hidden=32, num_layers=1, dropout=0.3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=num_layers,
                            dropout=dropout if num_layers > 1 else 0.0, batch_first=True)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.drop(out)


def probe():
    Encoder()(torch.randn(2, 5, 16))
    Encoder(num_layers=3)(torch.randn(2, 5, 16))
