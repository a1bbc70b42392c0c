"""Mean and max pooling of a BiLSTM's output concatenated: the head takes 4 * hidden."""
import torch
import torch.nn as nn


class Pooled(nn.Module):
    def __init__(self, n_in=12, hidden=8, classes=5):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Sequential(nn.Linear(hidden * 4, 32), nn.ReLU(), nn.Linear(32, classes))

    def forward(self, x):
        out, _ = self.lstm(x)
        pooled = torch.cat([out.mean(dim=1), out.max(dim=1)[0]], dim=1)
        return self.fc(pooled)


def probe():
    out = Pooled()(torch.randn(3, 10, 12))
    assert out.shape == (3, 5)
