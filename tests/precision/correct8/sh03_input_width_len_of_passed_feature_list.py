"""The input width is len() of the feature-name list the caller passes; the frame's columns
are picked by the same list, so the widths agree for any list."""
import torch
import torch.nn as nn

ALL_COLUMNS = ["open", "high", "low", "close", "volume", "rsi", "macd"]


class PriceModel(nn.Module):
    def __init__(self, features, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(len(features), hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


def make_windows(table, features, window=10):
    idx = [ALL_COLUMNS.index(f) for f in features]
    cols = table[:, idx]
    return torch.stack([cols[i:i + window] for i in range(len(cols) - window)])


def probe():
    table = torch.randn(60, len(ALL_COLUMNS))
    for features in (["close"], ["open", "close", "volume"], ALL_COLUMNS):
        x = make_windows(table, features)
        assert PriceModel(features)(x).shape == (50, 1)
