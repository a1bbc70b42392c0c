# expect: LC009 line 14
"""proj_size LSTM given h_0 of hidden_size; h_0 must be proj_size wide."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=8, hidden=16, proj=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, proj_size=proj, batch_first=True)
        self.hidden = hidden

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), self.hidden)  # fix: proj wide
        c0 = torch.zeros(1, x.size(0), self.hidden)
        return self.lstm(x, (h0, c0))[0]


def probe():
    Encoder()(torch.randn(3, 4, 8))
