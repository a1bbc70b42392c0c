# source: correct variant of bug_015 (the state from a module-level function, passed to forward by the caller)
"""The module-function route of var_015, written right: the helper returns (h_0, c_0)."""
import torch
import torch.nn as nn

HIDDEN = 10


def zero_state(batch, hidden=HIDDEN, layers=1):
    return torch.zeros(layers, batch, hidden), torch.zeros(layers, batch, hidden)


class Tracker(nn.Module):
    def __init__(self, n_features):
        super().__init__()
        self.lstm = nn.LSTM(input_size=n_features, hidden_size=HIDDEN, batch_first=True)

    def forward(self, x, state):
        out, state = self.lstm(x, state)
        return out, state


def probe():
    model = Tracker(1)
    x = torch.zeros(2, 10, 1)
    out, state = model(x, zero_state(x.size(0)))
    model(x, state)


if __name__ == "__main__":
    probe()
