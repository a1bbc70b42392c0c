# expect: LC006 line 11
"""A model class picked by name from a dict, built with **model_params: dropout with one layer."""
import warnings

import torch.nn as nn


class LSTMModel(nn.Module):
    def __init__(self, input_dim, hidden_dim, layer_dim, output_dim, dropout_prob):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True, dropout=dropout_prob)  # fix: layer_dim >= 2 or dropout 0
        self.fc = nn.Linear(hidden_dim, output_dim)


class GRUModel(nn.Module):
    def __init__(self, input_dim, hidden_dim, layer_dim, output_dim, dropout_prob):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, layer_dim, batch_first=True, dropout=dropout_prob)
        self.fc = nn.Linear(hidden_dim, output_dim)


def get_model(model, model_params):
    models = {"lstm": LSTMModel, "gru": GRUModel}
    return models.get(model.lower())(**model_params)


def probe():
    model_params = {"input_dim": 6, "hidden_dim": 16, "layer_dim": 1, "output_dim": 1, "dropout_prob": 0.2}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        get_model("lstm", model_params)
