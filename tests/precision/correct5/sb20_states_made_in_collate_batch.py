"""A collate function pads the batch and also returns zero states sized for that batch."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

HIDDEN, LAYERS = 6, 2


def collate(items):
    x = pad_sequence(items, batch_first=True)
    h0 = torch.zeros(LAYERS, len(items), HIDDEN)
    return x, (h0, h0.clone())


def probe():
    items = [torch.randn(n, 3) for n in (4, 7, 2, 5, 6)]
    lstm = nn.LSTM(3, HIDDEN, LAYERS, batch_first=True)
    for x, state in DataLoader(items, batch_size=2, collate_fn=collate):
        lstm(x, state)
