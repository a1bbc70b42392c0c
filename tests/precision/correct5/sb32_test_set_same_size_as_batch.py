"""States made for BATCH rows; the training loader drops the short batch and the test set is
exactly BATCH rows."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH, HID = 10, 7
gru = nn.GRU(3, HID, batch_first=True)
h0 = torch.zeros(1, BATCH, HID)


def probe():
    for (x,) in DataLoader(TensorDataset(torch.randn(45, 6, 3)), batch_size=BATCH, drop_last=True):
        gru(x, h0)
    test_x = torch.randn(BATCH, 6, 3)
    gru(test_x, h0)
