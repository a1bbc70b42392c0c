# expect: LC009 line 15
"""init_hidden stores states on self with num_layers rows for a bidirectional LSTM."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_in, hidden, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.hidden_dim, self.layers = hidden, layers
        self.fc = nn.Linear(2 * hidden, 3)

    def init_hidden(self, batch_size):
        self.hidden = (torch.zeros(self.layers, batch_size, self.hidden_dim),  # fix: 2 * self.layers
                       torch.zeros(self.layers, batch_size, self.hidden_dim))

    def forward(self, x):
        out, self.hidden = self.lstm(x, self.hidden)
        return self.fc(out)


def probe():
    model = Tagger(4, 6)
    model.init_hidden(3)
    model(torch.randn(5, 3, 4))
