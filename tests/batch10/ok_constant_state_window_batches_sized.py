# torch: runs
"""The forecaster over the same windows, with its state sized from each batch it is given: the
short last batch gets a state of its own size."""
import torch
import torch.nn as nn

BATCH = 8
WINDOW = 5


class Forecaster(nn.Module):
    def __init__(self, features, hidden=12):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(features, hidden)
        self.head = nn.Linear(hidden, 1)

    def begin_state(self, batch):
        return torch.zeros(1, batch, self.hidden)

    def forward(self, window):
        h = self.begin_state(window.size(1))
        out, h = self.gru(window, h)
        return self.head(out[-1])


def window_batches(windows, size):
    for start in range(0, len(windows), size):
        yield windows[start:start + size].transpose(0, 1)


def probe():
    series = torch.randn(30 + WINDOW, 2)
    windows = series.unfold(0, WINDOW, 1)[:30].permute(0, 2, 1)
    model = Forecaster(2)
    for batch in window_batches(windows, BATCH):
        model(batch).sum().backward()
