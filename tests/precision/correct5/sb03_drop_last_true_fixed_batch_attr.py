"""States sized by self.batch_size, made once per model; the training loader drops the last
short batch, so every batch has batch_size rows."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden, batch_size):
        super().__init__()
        self.batch_size, self.hidden = batch_size, hidden
        self.embed = nn.Embedding(n_chars, 16)
        self.gru = nn.GRU(16, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_chars)

    def forward(self, x):
        h0 = torch.zeros(1, self.batch_size, self.hidden)
        y, _ = self.gru(self.embed(x), h0)
        return self.out(y)


def train(model, data):
    loader = DataLoader(data, batch_size=model.batch_size, shuffle=True, drop_last=True)
    for (x,) in loader:
        model(x).sum().backward()


def probe():
    train(CharRNN(30, 20, 8), TensorDataset(torch.randint(0, 30, (45, 10))))
