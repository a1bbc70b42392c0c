"""batch_first=True input, with states made from x.size(0) as the batch but in (layers, B, H)
order, as torch wants whatever batch_first says."""
import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self, n_features, hidden=24, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.rnn = nn.LSTM(n_features, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        batch_size = x.size(0)
        h0 = torch.zeros(self.layers, batch_size, self.hidden, device=x.device)
        c0 = torch.zeros(self.layers, batch_size, self.hidden, device=x.device)
        out, _ = self.rnn(x, (h0, c0))
        return self.fc(out[:, -1, :])


def probe():
    assert Regressor(7)(torch.randn(13, 20, 7)).shape == (13, 1)
