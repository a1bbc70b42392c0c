"""A batch-first classifier on out[:, -1, :] trained with cross-entropy against one label per row."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Classifier(nn.Module):
    def __init__(self, n_in=4, hidden=8, classes=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])


def probe():
    model = Classifier()
    criterion = nn.CrossEntropyLoss()
    data = TensorDataset(torch.randn(10, 6, 4), torch.randint(0, 3, (10,)))
    for x, y in DataLoader(data, batch_size=4):
        loss = criterion(model(x), y)
    assert loss.dim() == 0
