"""Two bidirectional LSTMs stacked by hand: the second reads both directions of the first."""
import torch
import torch.nn as nn


class StackedBiLSTM(nn.Module):
    def __init__(self, n_in, h1, h2, n_out):
        super().__init__()
        self.lstm1 = nn.LSTM(n_in, h1, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.2)
        self.lstm2 = nn.LSTM(2 * h1, h2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * h2, n_out)

    def forward(self, x):
        x, _ = self.lstm1(x)
        x = self.dropout(x)
        x, (h, _) = self.lstm2(x)
        return self.fc(x[:, -1, :])


def probe():
    model = StackedBiLSTM(n_in=6, h1=10, h2=4, n_out=2)
    assert model(torch.randn(3, 8, 6)).shape == (3, 2)
