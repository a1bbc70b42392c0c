"""The LSTM's state tuple: state[0] (h) squeezed on dim 0 for the head, one layer."""
import torch
import torch.nn as nn


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        _, state = self.lstm(x)
        return self.fc(state[0].squeeze(0))


def probe():
    result = M()(torch.randn(4, 5, 3)).shape
    assert result == (4, 2)
