"""The class handles the dropout correctly for its default of two layers, but the script's
builder asks for one layer with a dropout."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, num_layers=2, dropout=0.0):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=num_layers, dropout=dropout)  # expect: LC006

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    encoder = Encoder(6, 12, num_layers=1, dropout=0.3)
    encoder(torch.randn(4, 2, 6))
