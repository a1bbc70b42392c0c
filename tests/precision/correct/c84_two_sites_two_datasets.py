"""One class built at two sites with different input sizes; each model gets its own data."""
import torch
import torch.nn as nn


class SeriesModel(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def run():
    weather = SeriesModel(n_features=7, hidden=16)
    traffic = SeriesModel(n_features=3, hidden=8)
    weather_x = torch.randn(4, 24, 7)
    traffic_x = torch.randn(4, 12, 3)
    return weather(weather_x), traffic(traffic_x)


def probe():
    a, b = run()
    assert a.shape == b.shape == (4, 1)
