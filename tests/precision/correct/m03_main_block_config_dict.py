"""A __main__ block with a config dict spread into the model."""
import torch
import torch.nn as nn


class Forecast(nn.Module):
    def __init__(self, n_features, hidden_size=64, num_layers=1, dropout=0.0, horizon=1):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers, dropout=dropout, batch_first=True)
        self.linear = nn.Linear(hidden_size, horizon)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.linear(out[:, -1])


CONFIG = {"n_features": 7, "hidden_size": 32, "num_layers": 3, "dropout": 0.25, "horizon": 4}


def probe():
    model = Forecast(**CONFIG)
    assert model(torch.randn(2, 24, 7)).shape == (2, 4)


if __name__ == "__main__":
    model = Forecast(**CONFIG)
    print(model(torch.randn(2, 24, CONFIG["n_features"])).shape)
