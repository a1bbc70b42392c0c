"""init_hidden(batch) stores the state on self; forward reads self.hidden (bidirectional, 2 layers)."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_in, hidden, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.hidden_dim, self.layers = hidden, layers
        self.fc = nn.Linear(2 * hidden, 3)

    def init_hidden(self, batch_size):
        self.hidden = (torch.zeros(2 * self.layers, batch_size, self.hidden_dim),
                       torch.zeros(2 * self.layers, batch_size, self.hidden_dim))

    def forward(self, x):
        out, self.hidden = self.lstm(x, self.hidden)
        return self.fc(out)


def probe():
    model = Tagger(4, 6)
    model.init_hidden(3)
    assert model(torch.randn(5, 3, 4)).shape == (5, 3, 3)
