"""h_n.view(batch, hidden) in a class that takes num_layers, and every site in the file builds
one layer, where the view holds."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, num_layers=1):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(n_in, hidden, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h_n = self.gru(x)
        return self.fc(h_n.view(x.size(0), self.hidden))


def probe():
    Encoder(5, 9)(torch.randn(3, 4, 5))
    Encoder(5, 9, num_layers=1)(torch.randn(3, 4, 5))
