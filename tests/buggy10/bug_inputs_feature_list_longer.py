"""The feature columns are listed in the file; the model is built for one fewer."""
import torch
import torch.nn as nn

COLUMNS = ["temp", "humidity", "pressure", "wind"]


class Weather(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(input_size=3, hidden_size=hidden, batch_first=True)  # expect: LC008
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def probe():
    table = torch.randn(40, len(COLUMNS))
    windows = torch.stack([table[i:i + 8] for i in range(0, 32, 8)])
    Weather()(windows)
