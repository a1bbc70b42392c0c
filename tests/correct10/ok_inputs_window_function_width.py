"""A window function builds (samples, window, n_features) from a 2-D table; the model takes
the table's column count as input_size."""
import torch
import torch.nn as nn


def make_windows(table, window):
    return torch.stack([table[i:i + window] for i in range(len(table) - window)])


class Model(nn.Module):
    def __init__(self, n_features, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


def probe():
    table = torch.rand(50, 7)
    x = make_windows(table, 8)
    Model(table.shape[1])(x)
