"""A windowed dataset whose length is a multiple of the batch size and a loader with
drop_last=True: the fixed states are right either way."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset


class Windows(Dataset):
    def __init__(self, series, window):
        self.series, self.window = series, window

    def __len__(self):
        return len(self.series) - self.window

    def __getitem__(self, i):
        return self.series[i:i + self.window].unsqueeze(-1), self.series[i + self.window]


class Model(nn.Module):
    def __init__(self, batch_size, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.register_buffer("h0", torch.zeros(1, batch_size, hidden))
        self.register_buffer("c0", torch.zeros(1, batch_size, hidden))
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x, (self.h0, self.c0))
        return self.fc(out[:, -1])


def probe():
    batch_size = 12
    model = Model(batch_size)
    loader = DataLoader(Windows(torch.randn(100), 10), batch_size=batch_size, drop_last=True)
    for x, y in loader:
        model(x)
