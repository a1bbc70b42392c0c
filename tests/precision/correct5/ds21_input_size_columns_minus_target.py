"""A table of 6 columns whose last is the target: input_size = n_columns - 1 matches x."""
import torch
import torch.nn as nn

table = torch.randn(150, 6)
x_all, y_all = table[:, :-1], table[:, -1]
n_columns = table.shape[1]


def windows(t, size=12):
    return torch.stack([t[i:i + size] for i in range(len(t) - size)])


model = nn.GRU(n_columns - 1, 20, batch_first=True)
head = nn.Linear(20, 1)


def probe():
    out, _ = model(windows(x_all)[:5])
    assert head(out[:, -1]).shape == (5, 1)
