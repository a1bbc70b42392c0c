# expect: LC009 line 15
"""proj_size=4: h_0 must be (layers, B, 4) but is made with hidden_size."""
import torch
import torch.nn as nn


class ProjLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=12, proj=4):
        super().__init__()
        self.hidden, self.proj = hidden, proj
        self.lstm = nn.LSTM(n_in, hidden, proj_size=proj, batch_first=True)

    def forward(self, x):
        b = x.size(0)
        h0 = torch.zeros(1, b, self.hidden)  # fix: self.proj
        c0 = torch.zeros(1, b, self.hidden)
        return self.lstm(x, (h0, c0))[0]


def probe():
    ProjLSTM()(torch.randn(3, 6, 5))
