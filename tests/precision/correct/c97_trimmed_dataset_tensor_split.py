"""The data is trimmed to a multiple of the batch size before it is split into batches."""
import torch
import torch.nn as nn

BATCH = 4


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        state = (torch.zeros(1, BATCH, self.hidden), torch.zeros(1, BATCH, self.hidden))
        return self.lstm(x, state)[0]


def epoch(model, data):
    usable = (len(data) // BATCH) * BATCH
    for batch in data[:usable].split(BATCH):
        model(batch)


def probe():
    epoch(Model(3, 5), torch.randn(23, 7, 3))
