# expect: LC009 line 14
"""With proj_size, h_0 is proj_size wide; it is built hidden_size wide."""
import torch
import torch.nn as nn


class ProjLSTM(nn.Module):
    def __init__(self, n_in, hidden, proj, layers):
        super().__init__()
        self.hidden, self.proj, self.layers = hidden, proj, layers
        self.lstm = nn.LSTM(n_in, hidden, layers, proj_size=proj)

    def forward(self, x):
        h0 = torch.zeros(self.layers, x.size(1), self.hidden)  # fix: self.proj
        c0 = torch.zeros(self.layers, x.size(1), self.hidden)
        return self.lstm(x, (h0, c0))


def probe():
    ProjLSTM(n_in=6, hidden=12, proj=4, layers=2)(torch.randn(5, 3, 6))
