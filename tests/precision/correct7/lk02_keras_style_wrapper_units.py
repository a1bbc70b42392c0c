"""A Keras-like wrapper: LSTM(units, return_sequences) infers its input width at the first call."""
import torch
import torch.nn as nn


class KerasLSTM(nn.Module):
    def __init__(self, units, return_sequences=False):
        super().__init__()
        self.units, self.return_sequences = units, return_sequences
        self.rnn = None

    def forward(self, x):
        if self.rnn is None:
            self.rnn = nn.LSTM(x.size(-1), self.units, batch_first=True)
        out, (h, _) = self.rnn(x)
        return out if self.return_sequences else h[-1]


def probe():
    model = nn.Sequential(KerasLSTM(16, return_sequences=True), KerasLSTM(8))
    assert model(torch.randn(2, 5, 3)).shape == (2, 8)
