"""reset() sets self.hidden = None; forward passes it as is (torch makes zeros for None)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.hidden = None

    def reset(self):
        self.hidden = None

    def forward(self, x):
        out, hidden = self.lstm(x, self.hidden)
        self.hidden = tuple(h.detach() for h in hidden)
        return out


def probe():
    model = Model(3, 4, 2)
    for batch in (5, 5, 2):
        if batch != 5:
            model.reset()
        assert model(torch.randn(batch, 6, 3)).shape == (batch, 6, 8)
