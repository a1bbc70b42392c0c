"""Hyper-parameters in a dict literal, splatted into the constructor."""
import torch
import torch.nn as nn

config = {
    "input_size": 9,
    "hidden_size": 48,
    "num_layers": 2,
    "dropout": 0.2,
    "output_size": 1,
}


class Regressor(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, dropout, output_size):
        super().__init__()
        self.lstm = nn.LSTM(input_size=input_size, hidden_size=hidden_size,
                            num_layers=num_layers, dropout=dropout, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden_size, hidden_size // 2), nn.ReLU(),
                                  nn.Linear(hidden_size // 2, output_size))

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        return self.head(h_n[-1])


model = Regressor(**config)


def probe():
    assert model(torch.randn(5, 30, config["input_size"])).shape == (5, 1)
