"""The data is trimmed to a multiple of the batch size before the loader."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 16
raw = torch.randn(70, 5, 3)
usable = raw[: len(raw) // BATCH * BATCH]
loader = DataLoader(TensorDataset(usable), batch_size=BATCH, shuffle=True)
lstm = nn.LSTM(3, 4, batch_first=True)


def probe():
    state = (torch.zeros(1, BATCH, 4), torch.zeros(1, BATCH, 4))
    for (x,) in loader:
        lstm(x, state)
