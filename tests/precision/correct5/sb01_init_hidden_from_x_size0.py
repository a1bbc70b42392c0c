"""Tutorial style: init_hidden takes the batch size, forward asks x for it every call, so the
loader's short last batch (70 rows, batches of 16) gets states of its own size."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_dim, n_layers, drop_prob=0.5):
        super().__init__()
        self.n_layers = n_layers
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers, dropout=drop_prob, batch_first=True)
        self.fc = nn.Linear(hidden_dim, 1)

    def init_hidden(self, batch_size):
        weight = next(self.parameters()).data
        return (weight.new_zeros(self.n_layers, batch_size, self.hidden_dim),
                weight.new_zeros(self.n_layers, batch_size, self.hidden_dim))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        lstm_out, hidden = self.lstm(self.embedding(x), hidden)
        return torch.sigmoid(self.fc(lstm_out[:, -1, :]))


def probe():
    model = SentimentLSTM(50, 8, 12, 2)
    loader = DataLoader(TensorDataset(torch.randint(0, 50, (70, 9))), batch_size=16)
    for (x,) in loader:
        model(x)
