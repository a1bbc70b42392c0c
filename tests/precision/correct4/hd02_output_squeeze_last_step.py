"""Many-to-one regressor: the output of the last step taken with [:, -1, :] on a batch-first
LSTM, then a Linear(hidden) and squeeze(-1) to one value per row."""
import torch
from torch import nn


class Regressor(nn.Module):
    def __init__(self, n_features, hidden_size=32, num_layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden_size, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1, :]).squeeze(-1)


def probe():
    y = Regressor(5)(torch.randn(8, 20, 5))
    assert y.shape == (8,)
