"""Models registered by name in a dict of classes (the half of a two-file project train.py imports)."""
import torch.nn as nn


class LSTMRegressor(nn.Module):
    def __init__(self, input_dim, hidden_dim, layer_dim, bidirectional=False):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_dim * (2 if bidirectional else 1), 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


class GRURegressor(nn.Module):
    def __init__(self, input_dim, hidden_dim, layer_dim, bidirectional=False):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, layer_dim, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_dim * (2 if bidirectional else 1), 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


MODELS = {"lstm": LSTMRegressor, "gru": GRURegressor}
