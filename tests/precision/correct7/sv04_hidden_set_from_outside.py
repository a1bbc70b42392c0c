"""The training loop sets model.hidden = model.init_hidden(batch) before each batch."""
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, n_chars, n_hidden=16, n_layers=2, drop_prob=0.3):
        super().__init__()
        self.n_layers, self.n_hidden = n_layers, n_hidden
        self.lstm = nn.LSTM(n_chars, n_hidden, n_layers, dropout=drop_prob, batch_first=True)
        self.fc = nn.Linear(n_hidden, n_chars)
        self.hidden = None

    def init_hidden(self, batch_size):
        weight = next(self.parameters()).data
        return (weight.new(self.n_layers, batch_size, self.n_hidden).zero_(),
                weight.new(self.n_layers, batch_size, self.n_hidden).zero_())

    def forward(self, x):
        out, self.hidden = self.lstm(x, self.hidden)
        return self.fc(out.contiguous().view(-1, self.n_hidden))


def probe():
    model = CharRNN(10)
    for batch in (torch.randn(8, 6, 10), torch.randn(8, 6, 10), torch.randn(3, 6, 10)):
        model.hidden = model.init_hidden(batch.size(0))
        assert model(batch).shape == (batch.size(0) * 6, 10)
