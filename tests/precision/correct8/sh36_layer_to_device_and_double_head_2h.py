"""Layers built with `.to(device)` and `.double()` chained on the constructor; the
bidirectional layer's head is 2H and the data is double too."""
import torch
import torch.nn as nn

device = torch.device("cpu")


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True).to(device).double()
        self.fc = nn.Linear(2 * hidden, 1).to(device).double()

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def probe():
    x = torch.randn(3, 5, 4, dtype=torch.float64, device=device)
    assert Model(4, 6)(x).shape == (3, 1)
