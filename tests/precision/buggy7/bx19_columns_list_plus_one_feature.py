# expect: LC008 line 20
"""Rows appended in a loop with len(COLUMNS) + 1 values (a time index added), the GRU takes
len(COLUMNS)."""
import torch
import torch.nn as nn

COLUMNS = ["temp", "humidity", "wind", "pressure"]


def build_dataset(rows, seq_len):
    xs = []
    for start in range(0, len(rows) - seq_len, 2):
        xs.append([[float(t)] + [row[c] for c in COLUMNS] for t, row in enumerate(rows[start:start + seq_len])])
    return torch.tensor(xs, dtype=torch.float32)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(len(COLUMNS), 10, batch_first=True)  # fix: len(COLUMNS) + 1

    def forward(self, x):
        return self.gru(x)[1][-1]


def probe():
    rows = [{c: float(i + j) for j, c in enumerate(COLUMNS)} for i in range(30)]
    Model()(build_dataset(rows, 6))
