"""No states passed at all: torch makes zeros of the input's batch, so the last batch (of 3)
is fine even without drop_last."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 8

model = nn.LSTM(input_size=5, hidden_size=10, num_layers=2, batch_first=True)
head = nn.Linear(10, 2)
loader = DataLoader(TensorDataset(torch.randn(19, 6, 5)), batch_size=BATCH_SIZE)


def probe():
    for (x,) in loader:
        out, (h_n, c_n) = model(x)
        head(h_n[-1])
