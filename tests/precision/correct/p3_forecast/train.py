"""Train the forecaster; the loader drops the last short batch, so every batch is batch_size."""
import torch

from data import make_loader, synthetic_series
from model import Forecaster

SETTINGS = dict(window=24, horizon=6, batch_size=16, hidden=32, layers=2, n_features=3)


def train(settings, length=500, epochs=1):
    series = synthetic_series(length, settings["n_features"])
    loader = make_loader(series, settings["window"], settings["horizon"], settings["batch_size"])
    model = Forecaster(settings["n_features"], settings["hidden"], settings["layers"],
                       settings["horizon"], settings["batch_size"])
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(epochs):
        for x, y in loader:
            loss = torch.nn.functional.mse_loss(model(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return model


def probe():
    train(dict(SETTINGS, hidden=8), length=90)


if __name__ == "__main__":
    train(SETTINGS)
