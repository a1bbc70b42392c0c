"""enumerate over zipped batch sizes and hidden sizes; the states follow each pair."""
import torch
import torch.nn as nn

BATCHES = [1, 4, 7]
HIDDENS = [3, 5, 9]


def probe():
    for i, (batch, hidden) in enumerate(zip(BATCHES, HIDDENS)):
        gru = nn.GRU(2, hidden, num_layers=i + 1, batch_first=True)
        h0 = torch.zeros(i + 1, batch, hidden)
        out, _ = gru(torch.randn(batch, 6, 2), h0)
        assert out.shape == (batch, 6, hidden)
