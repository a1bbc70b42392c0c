"""A model class picked by name from a registry dict and built with **model_params (the
time-series tutorials' get_model(name, params) style)."""
import torch
import torch.nn as nn


class LSTMModel(nn.Module):
    def __init__(self, input_dim, hidden_dim, layer_dim, output_dim, dropout_prob):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True, dropout=dropout_prob)
        self.fc = nn.Linear(hidden_dim, output_dim)
        self.layer_dim, self.hidden_dim = layer_dim, hidden_dim

    def forward(self, x):
        h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim)
        c0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


class GRUModel(nn.Module):
    def __init__(self, input_dim, hidden_dim, layer_dim, output_dim, dropout_prob):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, layer_dim, batch_first=True, dropout=dropout_prob)
        self.fc = nn.Linear(hidden_dim, output_dim)
        self.layer_dim, self.hidden_dim = layer_dim, hidden_dim

    def forward(self, x):
        h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim)
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1, :])


def get_model(model, model_params):
    models = {"lstm": LSTMModel, "gru": GRUModel}
    return models.get(model.lower())(**model_params)


def probe():
    input_dim = 6
    model_params = {"input_dim": input_dim, "hidden_dim": 16, "layer_dim": 3,
                    "output_dim": 1, "dropout_prob": 0.2}
    for name in ("lstm", "gru"):
        model = get_model(name, model_params)
        out = model(torch.randn(4, 9, input_dim))
        assert out.shape == (4, 1)
