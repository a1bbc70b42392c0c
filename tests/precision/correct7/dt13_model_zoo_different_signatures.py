"""A zoo mapping names to model classes whose constructors differ; each name has its own params."""
import torch
import torch.nn as nn


class RNNForecaster(nn.Module):
    def __init__(self, n_features, hidden_size, num_layers):
        super().__init__()
        self.rnn = nn.LSTM(n_features, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class ConvForecaster(nn.Module):
    def __init__(self, n_features, channels, kernel_size):
        super().__init__()
        self.conv = nn.Conv1d(n_features, channels, kernel_size)
        self.fc = nn.Linear(channels, 1)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1))


ZOO = {"rnn": RNNForecaster, "cnn": ConvForecaster}
PARAMS = {
    "rnn": {"n_features": 3, "hidden_size": 12, "num_layers": 2},
    "cnn": {"n_features": 3, "channels": 8, "kernel_size": 3},
}


def probe():
    for name, cls in ZOO.items():
        model = cls(**PARAMS[name])
        assert model(torch.randn(4, 10, 3)).shape == (4, 1)
