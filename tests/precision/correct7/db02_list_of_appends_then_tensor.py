"""Sequences appended to a list in a loop, then torch.tensor; the feature count is len(columns)."""
import torch
import torch.nn as nn

COLUMNS = ["temp", "humidity", "wind", "pressure"]


def build_dataset(rows, seq_len):
    xs = []
    for start in range(0, len(rows) - seq_len, 2):
        xs.append([[row[c] for c in COLUMNS] for row in rows[start:start + seq_len]])
    return torch.tensor(xs, dtype=torch.float32)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(len(COLUMNS), 10, batch_first=True)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        return self.out(self.gru(x)[1][-1])


def probe():
    rows = [{c: float(i + j) for j, c in enumerate(COLUMNS)} for i in range(30)]
    X = build_dataset(rows, 6)
    assert Model()(X).shape == (X.size(0), 1)
