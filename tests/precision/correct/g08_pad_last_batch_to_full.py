"""Fixed-batch states; a short last batch is padded to the full size before the LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

BATCH = 16
lstm = nn.LSTM(4, 6, batch_first=True)
state = (torch.zeros(1, BATCH, 6), torch.zeros(1, BATCH, 6))


def probe():
    loader = DataLoader(TensorDataset(torch.randn(50, 3, 4)), batch_size=BATCH)
    for (x,) in loader:
        n = x.size(0)
        if n < BATCH:
            x = F.pad(x, (0, 0, 0, 0, 0, BATCH - n))
        out, _ = lstm(x, state)
        out = out[:n]
