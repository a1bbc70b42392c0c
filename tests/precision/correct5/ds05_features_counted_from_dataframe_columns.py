"""The number of features is counted from the data's columns and passed as input_size."""
import torch
import torch.nn as nn

columns = ["open", "high", "low", "close", "volume"]
data = torch.randn(200, len(columns))


def windows(series, size):
    return torch.stack([series[i:i + size] for i in range(len(series) - size)])


n_features = data.shape[1]
model = nn.LSTM(input_size=n_features, hidden_size=32, num_layers=2, batch_first=True)
head = nn.Linear(32, 1)


def probe():
    x = windows(data, 10)[:16]
    out, _ = model(x)
    head(out[:, -1])
