"""Train batches of 32, test batches of 7: the states are made from each batch's own size."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 32


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=6, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)
        self.hidden, self.layers = hidden, layers

    def init_hidden(self, batch_size):
        return (torch.zeros(self.layers, batch_size, self.hidden),
                torch.zeros(self.layers, batch_size, self.hidden))

    def forward(self, x):
        out, _ = self.lstm(x, self.init_hidden(x.size(0)))
        return self.fc(out[:, -1])


def probe():
    model = Model()
    train = DataLoader(TensorDataset(torch.randn(64, 5, 3)), batch_size=BATCH_SIZE, shuffle=True)
    test = DataLoader(TensorDataset(torch.randn(20, 5, 3)), batch_size=7)
    for (x,) in train:
        model(x)
    for (x,) in test:
        out = model(x)
        assert out.shape == (x.size(0), 1)
