"""batch_first=True: out[:, -1, :] is the last step of every sequence."""
import torch
import torch.nn as nn


class LSTMClassifier(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])


def probe():
    assert LSTMClassifier(3, 8, 2)(torch.randn(5, 9, 3)).shape == (5, 2)
