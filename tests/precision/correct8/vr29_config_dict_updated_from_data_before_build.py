"""A module-level CONFIG whose n_features is a placeholder (1) that load_data() overwrites
with the data's real width before the model is built from CONFIG."""
import torch
import torch.nn as nn

CONFIG = {"n_features": 1, "hidden": 32, "window": 12}


def load_data():
    series = torch.randn(200, 7)
    CONFIG["n_features"] = series.shape[-1]
    w = CONFIG["window"]
    return torch.stack([series[i:i + w] for i in range(len(series) - w)])


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(CONFIG["n_features"], CONFIG["hidden"], batch_first=True)
        self.fc = nn.Linear(CONFIG["hidden"], 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def main():
    X = load_data()
    model = Forecaster()
    return model(X[:16])


def probe():
    assert main().shape == (16, 1)
