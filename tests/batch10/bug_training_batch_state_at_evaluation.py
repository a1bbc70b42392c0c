# torch: RuntimeError: Expected hidden[0] size (1, 1, 9), got [1, 8, 9]
# severity: warning
"""A tagger trained on full batches of 8 (drop_last=True) makes its states with the batch size it
was built with. Evaluation goes through the test set one sequence at a time, and forward still
makes states for 8."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Tagger(nn.Module):
    def __init__(self, batch_size, hidden=9):
        super().__init__()
        self.batch_size, self.hidden = batch_size, hidden
        self.lstm = nn.LSTM(4, hidden)
        self.fc = nn.Linear(hidden, 3)

    def init_state(self):
        return torch.zeros(1, self.batch_size, self.hidden), torch.zeros(1, self.batch_size, self.hidden)

    def forward(self, x):
        state = self.init_state()  # fix: states for this batch, sized by x.size(1)
        out, state = self.lstm(x, state)
        return self.fc(out)


def fit(model, train_set, test_set, batch_size):
    train = DataLoader(train_set, batch_size=batch_size, shuffle=True, drop_last=True)
    test = DataLoader(test_set, batch_size=1)
    for (x,) in train:
        model(x.transpose(0, 1)).sum().backward()
    with torch.no_grad():
        return [model(x.transpose(0, 1)) for (x,) in test]


def probe():
    fit(Tagger(8), TensorDataset(torch.randn(41, 5, 4)), TensorDataset(torch.randn(7, 5, 4)), 8)
