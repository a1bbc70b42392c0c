# expect: LC009 line 15
"""States made for 16 rows; 50 samples in batches of 16 leave a last batch of 2."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

batch_size = 16
data = TensorDataset(torch.randn(50, 7, 3))
loader = DataLoader(data, batch_size=batch_size)
gru = nn.GRU(3, 5, batch_first=True)


def run():
    for (x,) in loader:
        h0 = torch.zeros(1, batch_size, 5)  # fix: torch.zeros(1, x.size(0), 5)
        gru(x, h0)


def probe():
    run()
