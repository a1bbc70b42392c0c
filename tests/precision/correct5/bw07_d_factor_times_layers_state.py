"""self.D = 2 if bidirectional else 1: states (D * layers, B, H) and a head of D * H."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional):
        super().__init__()
        self.D = 2 if bidirectional else 1
        self.hidden, self.layers = hidden, layers
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(self.D * hidden, 1)

    def forward(self, x):
        h0 = torch.zeros(self.D * self.layers, x.size(0), self.hidden)
        out, _ = self.lstm(x, (h0, h0.clone()))
        return self.fc(out[:, -1])


def probe():
    Model(3, 5, 2, True)(torch.randn(4, 6, 3))
    Model(3, 5, 3, False)(torch.randn(4, 6, 3))
