"""__init__ calls self.init_hidden(1); forward re-makes the state when the batch differs before it
reads self.hidden."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.hidden_size, self.layers = hidden, layers
        self.init_hidden(1)

    def init_hidden(self, batch):
        self.hidden = (torch.zeros(self.layers, batch, self.hidden_size),
                       torch.zeros(self.layers, batch, self.hidden_size))

    def forward(self, x):
        if self.hidden[0].size(1) != x.size(0):
            self.init_hidden(x.size(0))
        out, hidden = self.lstm(x, self.hidden)
        self.hidden = (hidden[0].detach(), hidden[1].detach())
        return out


def probe():
    model = Model(3, 5, 2)
    for b in (8, 8, 3):
        assert model(torch.randn(b, 4, 3)).shape == (b, 4, 5)
