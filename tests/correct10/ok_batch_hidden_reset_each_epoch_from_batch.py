"""A trainer resets the model's state at each batch from the batch's own size."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=6, layers=2, batch_size=8):
        super().__init__()
        self.batch_size = batch_size
        self.layers, self.hidden = layers, hidden
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.hidden_state = None

    def reset_state(self, batch_size):
        self.hidden_state = (torch.zeros(self.layers, batch_size, self.hidden),
                             torch.zeros(self.layers, batch_size, self.hidden))

    def forward(self, x):
        out, self.hidden_state = self.lstm(x, self.hidden_state)
        return out


def probe():
    model = Model()
    loader = DataLoader(TensorDataset(torch.randn(21, 5, 3)), batch_size=model.batch_size)
    for epoch in range(2):
        for (x,) in loader:
            model.reset_state(x.size(0))
            model(x)
