"""Training on full batches (drop_last), evaluating one sequence at a time with a batch-1 state."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Tagger(nn.Module):
    def __init__(self, batch_size, hidden=9):
        super().__init__()
        self.batch_size, self.hidden = batch_size, hidden
        self.lstm = nn.LSTM(4, hidden)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x, state):
        out, state = self.lstm(x, state)
        return self.fc(out), state

    def init_state(self, batch):
        return torch.zeros(1, batch, self.hidden), torch.zeros(1, batch, self.hidden)


def probe():
    train = DataLoader(TensorDataset(torch.randn(41, 5, 4)), batch_size=8, drop_last=True)
    test = DataLoader(TensorDataset(torch.randn(7, 5, 4)), batch_size=1)
    model = Tagger(8)
    for (x,) in train:
        model(x.transpose(0, 1), model.init_state(model.batch_size))
    for (x,) in test:
        model(x.transpose(0, 1), model.init_state(1))
