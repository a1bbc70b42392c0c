"""h_n.view(-1, hidden) on a GRU whose every site builds it with one layer, one direction:
(1, B, H) to (B, H) exactly."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, n_layers=1):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(n_in, hidden, n_layers, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h_n = self.gru(x)
        return self.fc(h_n.view(-1, self.hidden))


model = Encoder(4, 9)


def probe():
    result = model(torch.randn(3, 5, 4)).shape
    assert result == (3, 2)
