"""An LSTM with proj_size: the output and h_n are proj_size wide (times directions), c_n
hidden_size; states and head follow those sizes."""
import torch
import torch.nn as nn


class ProjLSTM(nn.Module):
    def __init__(self, n_in, hidden, proj, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, proj_size=proj, bidirectional=True)
        self.head = nn.Linear(2 * proj, 1)
        self.shape_h = (layers * 2, proj)
        self.shape_c = (layers * 2, hidden)

    def forward(self, x):
        b = x.size(1)
        h0 = torch.zeros(self.shape_h[0], b, self.shape_h[1])
        c0 = torch.zeros(self.shape_c[0], b, self.shape_c[1])
        out, (h, c) = self.lstm(x, (h0, c0))
        return self.head(out)


def probe():
    assert ProjLSTM(4, 20, 6, 2)(torch.randn(7, 3, 4)).shape == (7, 3, 1)
