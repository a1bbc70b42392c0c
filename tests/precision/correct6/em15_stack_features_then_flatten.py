"""Three sensors' features stacked on a new dim and flattened: 3 * per-sensor width."""
import torch
import torch.nn as nn

PER_SENSOR = 4
SENSORS = 3


class Model(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(SENSORS * PER_SENSOR, hidden, batch_first=True)

    def forward(self, acc, gyro, mag):           # each (B, T, PER_SENSOR)
        x = torch.stack([acc, gyro, mag], dim=2).flatten(2)
        return self.lstm(x)[0]


def probe():
    xs = [torch.randn(2, 9, PER_SENSOR) for _ in range(SENSORS)]
    out = Model()(*xs)
    assert out.shape == (2, 9, 10)
