"""A training loop keeps the state between batches and re-makes it when a batch is smaller."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

batch_size = 10


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=4, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.hidden_size, self.num_layers = hidden, layers

    def init_hidden(self, bsz):
        z = torch.zeros(self.num_layers, bsz, self.hidden_size)
        return z, z.clone()

    def forward(self, x, hidden):
        return self.lstm(x, hidden)


def probe():
    model = Model()
    loader = DataLoader(TensorDataset(torch.randn(25, 6, 3)), batch_size=batch_size)
    hidden = model.init_hidden(batch_size)
    for (x,) in loader:
        if x.size(0) != batch_size:
            hidden = model.init_hidden(x.size(0))
        out, hidden = model(x, hidden)
        hidden = tuple(h.detach() for h in hidden)
    assert out.shape == (5, 6, 4)
