"""Train with full batches of a fixed size (drop_last) and evaluate with batch_size=1; the
states are always sized from the input, so both fit."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Classifier(nn.Module):
    def __init__(self, n_in, hidden, layers, n_cls):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h0 = torch.zeros(2 * self.layers, x.size(0), self.hidden)
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1])


def run(n=21):
    data = TensorDataset(torch.randn(n, 9, 4), torch.randint(0, 3, (n,)))
    model = Classifier(4, 5, 2, 3)
    for x, y in DataLoader(data, batch_size=8, drop_last=True):
        nn.functional.cross_entropy(model(x), y).backward()
    with torch.no_grad():
        for x, _ in DataLoader(data, batch_size=1):
            assert model(x).shape == (1, 3)


def probe():
    run()
