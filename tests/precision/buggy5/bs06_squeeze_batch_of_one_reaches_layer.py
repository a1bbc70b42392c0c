# expect: LC009 line 19
"""x.squeeze() of a (1, L, F) batch of one gives (L, F), which the LSTM reads unbatched, while
its states are batched (1, 1, H)."""
import torch
import torch.nn as nn


class Predictor(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        b = x.size(0)
        h0 = torch.zeros(1, b, self.hidden)
        c0 = torch.zeros(1, b, self.hidden)
        out, _ = self.lstm(x.squeeze(), (h0, c0))  # fix: x, not x.squeeze()
        return self.fc(out)


def probe():
    Predictor()(torch.randn(1, 6, 4))
