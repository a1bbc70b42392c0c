"""Input size from the number of feature columns of a table made in the file (a dict of
columns standing in for a DataFrame)."""
import torch
import torch.nn as nn

table = {name: torch.randn(300) for name in ("temp", "humidity", "wind", "pressure")}
feature_cols = list(table)
values = torch.stack([table[c] for c in feature_cols], dim=1)          # (300, 4)
windows = values.unfold(0, 24, 24).permute(0, 2, 1)                    # (12, 24, 4)


class Weather(nn.Module):
    def __init__(self, n_features, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_features, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def probe():
    result = Weather(len(feature_cols))(windows).shape
    assert result == (12, 1)
