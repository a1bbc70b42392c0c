"""model.init_hidden(16) for training; before a single-sample prediction the caller puts a batch-1
state on the instance itself."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden)
        self.hidden_size = hidden

    def init_hidden(self, batch):
        self.hidden = torch.zeros(1, batch, self.hidden_size)

    def forward(self, x):
        out, self.hidden = self.gru(x, self.hidden)
        return out


def probe():
    model = Model(3, 4)
    model.init_hidden(16)
    assert model(torch.randn(5, 16, 3)).shape == (5, 16, 4)
    model.hidden = torch.zeros(1, 1, 4)
    assert model(torch.randn(5, 1, 3)).shape == (5, 1, 4)
