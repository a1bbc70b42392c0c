# torch: runs
# A per-level stack of single-layer LSTMs whose builder zeroes the recurrent dropout when it
# builds one layer, and applies the level dropout itself, between levels.
import torch
import torch.nn as nn


class LevelEncoder(nn.Module):
    def __init__(self, n_in, hidden, levels, level_dropout=0.0, rnn_dropout=0.0, rnn_layers=1):
        super().__init__()
        if rnn_layers < 2:
            rnn_dropout = 0.0
        self.levels = nn.ModuleList([
            nn.LSTM(n_in if i == 0 else hidden, hidden, batch_first=True, dropout=rnn_dropout)
            for i in range(levels)
        ])
        self.between = nn.Dropout(level_dropout)

    def forward(self, x):
        for lstm in self.levels:
            x, _ = lstm(x)
            x = self.between(x)
        return x


def probe():
    encoder = LevelEncoder(6, 10, 3, level_dropout=0.2, rnn_dropout=0.3)
    assert encoder(torch.randn(2, 5, 6)).shape == (2, 5, 10)
