"""proj_size: h_0 is (layers, B, proj_size) and c_0 (layers, B, hidden); both from the batch."""
import torch
import torch.nn as nn


class ProjLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=12, proj=4, layers=2):
        super().__init__()
        self.hidden, self.proj, self.layers = hidden, proj, layers
        self.lstm = nn.LSTM(n_in, hidden, layers, proj_size=proj, batch_first=True)
        self.fc = nn.Linear(proj, 1)

    def forward(self, x):
        b = x.size(0)
        h0 = torch.zeros(self.layers, b, self.proj)
        c0 = torch.zeros(self.layers, b, self.hidden)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1])


def probe():
    ProjLSTM()(torch.randn(3, 6, 5))
