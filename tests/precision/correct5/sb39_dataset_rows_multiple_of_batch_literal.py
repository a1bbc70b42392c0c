"""States for BATCH rows, no drop_last, but the data has BATCH * 10 rows: no batch is short."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH, HID = 16, 8
dataset = TensorDataset(torch.randn(BATCH * 10, 6, 3))
loader = DataLoader(dataset, batch_size=BATCH, shuffle=True)

gru = nn.GRU(3, HID, batch_first=True)
h0 = torch.zeros(1, BATCH, HID)


def probe():
    for (x,) in loader:
        gru(x, h0)
