"""The input size is len(FEATURES) and the data is made with the same list."""
import torch
import torch.nn as nn

FEATURES = ["open", "high", "low", "close", "volume"]
LOOKBACK = 30

prices = torch.randn(200, len(FEATURES))
X = torch.stack([prices[i:i + LOOKBACK] for i in range(len(prices) - LOOKBACK)])


class StockLSTM(nn.Module):
    def __init__(self, hidden=24, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(len(FEATURES), hidden, layers, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def probe():
    result = StockLSTM()(X[:16]).shape
    assert result == (16, 1)
