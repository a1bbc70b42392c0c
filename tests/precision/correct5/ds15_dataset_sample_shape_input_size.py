"""input_size read from a dataset sample's last dim before the model is built."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.randn(40, 15, 11), torch.randint(0, 3, (40,)))
sample_x, _ = dataset[0]
input_size = sample_x.shape[-1]

model = nn.LSTM(input_size, 18, num_layers=2, batch_first=True, dropout=0.2)
head = nn.Linear(18, 3)


def probe():
    for x, y in DataLoader(dataset, batch_size=16):
        out, _ = model(x)
        nn.functional.cross_entropy(head(out[:, -1]), y)
