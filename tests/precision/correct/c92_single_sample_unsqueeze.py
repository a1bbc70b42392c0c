"""Inference on one sample: unsqueeze(0) makes a batch of one, and the states are batch 1."""
import torch
import torch.nn as nn


class Predictor(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def predict_one(self, sequence):            # sequence: (T, F)
        x = sequence.unsqueeze(0)               # (1, T, F)
        state = (torch.zeros(self.layers, 1, self.hidden), torch.zeros(self.layers, 1, self.hidden))
        out, _ = self.lstm(x, state)
        return self.fc(out[0, -1])


def probe():
    assert Predictor(2, 6, 3).predict_one(torch.randn(10, 2)).shape == (1,)
