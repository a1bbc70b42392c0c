"""window == batch_size == 10; the DataLoader gives (batch, window, 1) batch-first and the model
is batch_first; states from the batch's own size."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

window = 10
batch_size = 10

series = torch.sin(torch.arange(0, 60, 0.5))
xs = torch.stack([series[i:i + window] for i in range(len(series) - window)]).unsqueeze(-1)
ys = series[window:].unsqueeze(-1)
loader = DataLoader(TensorDataset(xs, ys), batch_size=batch_size, shuffle=True)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 12, batch_first=True)
        self.fc = nn.Linear(12, 1)

    def forward(self, x):
        h = torch.zeros(1, x.size(0), 12)
        out, _ = self.lstm(x, (h, h))
        return self.fc(out[:, -1])


def probe():
    model = Model()
    for x, y in loader:
        result = model(x).shape
        assert result == y.shape
