"""A DataLoader without drop_last; init_hidden(len(x)) per batch, so the short last batch fits."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 32


class Sentiment(nn.Module):
    def __init__(self, vocab, emb, hidden, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.embedding = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, layers, batch_first=True, dropout=0.3)
        self.fc = nn.Linear(hidden, 1)

    def init_hidden(self, batch_size):
        return (torch.zeros(self.layers, batch_size, self.hidden),
                torch.zeros(self.layers, batch_size, self.hidden))

    def forward(self, x, hidden):
        out, hidden = self.lstm(self.embedding(x), hidden)
        return torch.sigmoid(self.fc(out[:, -1])), hidden


def probe():
    data = TensorDataset(torch.randint(0, 100, (70, 12)), torch.rand(70))
    loader = DataLoader(data, batch_size=BATCH_SIZE, shuffle=True)
    model = Sentiment(100, 8, 16)
    for x, y in loader:
        h = model.init_hidden(len(x))
        pred, h = model(x, h)
