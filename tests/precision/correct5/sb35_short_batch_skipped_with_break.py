"""Fixed-batch states; the loop breaks out before a batch shorter than BATCH reaches the model."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH, HID = 8, 6


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, HID, batch_first=True)
        self.h0 = torch.zeros(1, BATCH, HID)

    def forward(self, x):
        return self.gru(x, self.h0)[0]


def probe():
    model = Model()
    for (x,) in DataLoader(TensorDataset(torch.randn(30, 5, 2)), batch_size=BATCH):
        if x.size(0) < BATCH:
            break
        model(x)
