"""An LSTM encoder and a GRU decoder: the decoder gets h_n only, the cell state is dropped."""
import torch
import torch.nn as nn


class Mixed(nn.Module):
    def __init__(self, n_in, hidden, layers, n_out):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, layers)
        self.decoder = nn.GRU(n_out, hidden, layers)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, src, steps):
        _, (h, _c) = self.encoder(src)
        y = torch.zeros(1, src.size(1), self.head.out_features)
        outs = []
        for _ in range(steps):
            o, h = self.decoder(y, h)
            y = self.head(o)
            outs.append(y)
        return torch.cat(outs)


def probe():
    assert Mixed(4, 9, 2, 3)(torch.randn(6, 5, 4), 3).shape == (3, 5, 3)
