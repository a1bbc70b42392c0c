# torch: RuntimeError: Expected hidden size (1, 6, 12), got [1, 8, 12]
# severity: warning
"""A forecaster starts each window batch from begin_state(), which sizes the state with the
module's BATCH constant. The windows are cut by a hand-written generator that steps through
the series and yields what is left as the last batch: 30 windows make three batches of 8 and
one of 6."""
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

    def begin_state(self):
        return torch.zeros(1, BATCH, self.hidden)

    def forward(self, window):
        h = self.begin_state()  # fix: size the state from the batch, torch.zeros(1, window.size(1), self.hidden)
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
