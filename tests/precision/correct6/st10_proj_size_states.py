"""proj_size LSTM: h_0 has proj_size, c_0 has hidden_size; the decoder's input is the projection."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=8, hidden=16, proj=6, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, proj_size=proj, batch_first=True)
        self.head = nn.Linear(proj, 2)
        self.shape = (layers, hidden, proj)

    def forward(self, x):
        layers, hidden, proj = self.shape
        h0 = torch.zeros(layers, x.size(0), proj)
        c0 = torch.zeros(layers, x.size(0), hidden)
        out, _ = self.lstm(x, (h0, c0))
        return self.head(out)


def probe():
    out = Encoder()(torch.randn(3, 4, 8))
    assert out.shape == (3, 4, 2)
