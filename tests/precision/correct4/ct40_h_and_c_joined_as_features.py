"""The last layer's h and c of an LSTM joined as features on purpose: torch.cat((h_n[-1],
c_n[-1]), 1) is (B, 2H) for a Linear(2H)."""
import torch
import torch.nn as nn


class Summary(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        _, (h_n, c_n) = self.lstm(x)
        return self.fc(torch.cat((h_n[-1], c_n[-1]), 1))


def probe():
    result = Summary()(torch.randn(2, 5, 4)).shape
    assert result == (2, 3)
