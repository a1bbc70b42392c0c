"""The batch comes from the tensor: batch_size, seq_len = x.shape."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Model(nn.Module):
    def __init__(self, vocab=50, emb=8, hidden=12, layers=2):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, layers)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        batch_size, seq_len = x.shape
        h = torch.zeros(self.layers, batch_size, self.hidden)
        y, _ = self.rnn(self.emb(x).transpose(0, 1), h)
        return self.out(y[-1])


def probe():
    loader = DataLoader(TensorDataset(torch.randint(0, 50, (45, 9))), batch_size=20)
    model = Model()
    for (x,) in loader:
        assert model(x).shape == (x.size(0), 2)
