"""Batches arrive (B, T, F); the model transposes them for a sequence-first LSTM, and its states
take the batch from the original first dim."""
import torch
import torch.nn as nn


class TransposingLSTM(nn.Module):
    def __init__(self, n_features, hidden_size, num_layers):
        super().__init__()
        self.hidden_size, self.num_layers = hidden_size, num_layers
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers)
        self.fc = nn.Linear(hidden_size, 1)

    def forward(self, batch):
        batch_size = batch.size(0)
        x = batch.transpose(0, 1)                       # (T, B, F)
        h0 = torch.zeros(self.num_layers, batch_size, self.hidden_size)
        c0 = torch.zeros(self.num_layers, batch_size, self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[-1])


def probe():
    model = TransposingLSTM(n_features=4, hidden_size=6, num_layers=2)
    assert model(torch.randn(3, 10, 4)).shape == (3, 1)
