"""Stateful encoder-decoder forecaster: states are sized for the training batch size."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_features, hidden, layers, horizon, batch_size):
        super().__init__()
        self.hidden, self.layers, self.batch_size = hidden, layers, batch_size
        self.encoder = nn.LSTM(n_features, hidden, layers, batch_first=True, dropout=0.1)
        self.decoder = nn.LSTMCell(1, hidden)
        self.out = nn.Linear(hidden, 1)
        self.horizon = horizon

    def init_state(self):
        return (torch.zeros(self.layers, self.batch_size, self.hidden),
                torch.zeros(self.layers, self.batch_size, self.hidden))

    def forward(self, x):
        _, (h, c) = self.encoder(x, self.init_state())
        h, c = h[-1], c[-1]
        step = x[:, -1, :1]
        preds = []
        for _ in range(self.horizon):
            h, c = self.decoder(step, (h, c))
            step = self.out(h)
            preds.append(step)
        return torch.cat(preds, dim=1)
