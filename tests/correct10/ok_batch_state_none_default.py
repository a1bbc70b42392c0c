"""The model stores batch_size for logging but lets torch make the zero state (no h0
passed), so any batch runs."""
import torch
from torch import nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size=200, embedding_dim=32, hidden_dim=16, batch_size=64):
        super().__init__()
        self.batch_size = batch_size
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, 1)

    def forward(self, x):
        out, (h, c) = self.lstm(self.embedding(x))
        return torch.sigmoid(self.fc(h[-1]))


def probe():
    model = SentimentLSTM()
    model(torch.randint(0, 200, (64, 12)))
    model(torch.randint(0, 200, (5, 12)))
