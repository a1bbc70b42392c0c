"""Bidirectional encoder; the decoder gets each layer's two directions summed via a view."""
import torch
from torch import nn


class BiEncoder(nn.Module):
    def __init__(self, input_dim, hidden_size, num_layers):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(input_dim, hidden_size, num_layers, bidirectional=True)

    def forward(self, x):
        outputs, (h, c) = self.lstm(x)
        batch = x.size(1)
        h = h.view(self.num_layers, 2, batch, self.hidden_size).sum(dim=1)
        c = c.view(self.num_layers, 2, batch, self.hidden_size).sum(dim=1)
        return outputs, (h, c)


class Decoder(nn.Module):
    def __init__(self, output_dim, hidden_size, num_layers):
        super().__init__()
        self.lstm = nn.LSTM(output_dim, hidden_size, num_layers)
        self.proj = nn.Linear(hidden_size, output_dim)

    def forward(self, y, state):
        out, state = self.lstm(y, state)
        return self.proj(out), state


def probe():
    encoder = BiEncoder(input_dim=6, hidden_size=16, num_layers=2)
    decoder = Decoder(output_dim=3, hidden_size=16, num_layers=2)
    _, state = encoder(torch.randn(10, 4, 6))
    pred, _ = decoder(torch.randn(5, 4, 3), state)
    assert pred.shape == (5, 4, 3)
