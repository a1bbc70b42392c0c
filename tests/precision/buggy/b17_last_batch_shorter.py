# expect: LC009 line 18
"""States sized by the configured batch size; the loader's last batch is shorter (100 = 3*32 + 4)."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 32


class Net(nn.Module):
    def __init__(self, n_features, hidden, layers, batch_size):
        super().__init__()
        self.hidden, self.layers, self.batch_size = hidden, layers, batch_size
        self.lstm = nn.LSTM(n_features, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h0 = torch.zeros(self.layers, self.batch_size, self.hidden)  # fix: x.size(0)
        c0 = torch.zeros(self.layers, self.batch_size, self.hidden)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1])


def train():
    data = TensorDataset(torch.randn(100, 10, 3), torch.randn(100, 1))
    loader = DataLoader(data, batch_size=BATCH_SIZE, shuffle=True)
    model = Net(3, 16, 2, BATCH_SIZE)
    for x, y in loader:
        nn.functional.mse_loss(model(x), y).backward()


def probe():
    train()
