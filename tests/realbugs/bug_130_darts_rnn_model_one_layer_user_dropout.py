# source: https://github.com/unit8co/darts/commit/92bdcfe06ba73aa2f0ad2bf1466cdcb4676513b1
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""darts (darts/models/rnn_model.py), "fix(RNNModel): reintroduced n_rnn_layers parameter": the
"True RNN" rewrite built the recurrent module with the layer count hard-coded to 1 while still
passing it the user's dropout, so RNNModel(model='LSTM', dropout=0.2) builds a one-layer LSTM
that warns and applies no dropout. The module is only built when the model is fitted
(_create_model, from the dimensions of the series); the fix added n_rnn_layers."""
from typing import Union

import torch
import torch.nn as nn


class _RNNModule(nn.Module):
    def __init__(self, name: str, input_size: int, hidden_dim: int, target_size: int = 1,
                 dropout: float = 0.):
        super(_RNNModule, self).__init__()
        self.target_size = target_size
        self.name = name
        self.rnn = getattr(nn, name)(input_size, hidden_dim, 1, batch_first=True, dropout=dropout)  # fix: num_layers from the model's n_rnn_layers
        self.V = nn.Linear(hidden_dim, target_size)

    def forward(self, x, h=None):
        batch_size = x.size(0)
        out, last_hidden_state = self.rnn(x) if h is None else self.rnn(x, h)
        predictions = self.V(out)
        predictions = predictions.view(batch_size, -1, self.target_size)
        return predictions, last_hidden_state


class RNNModel:
    def __init__(self, model: Union[str, nn.Module] = 'RNN', input_chunk_length: int = 12,
                 hidden_dim: int = 25, dropout: float = 0., training_length: int = 24):
        if model not in ['RNN', 'LSTM', 'GRU'] and not isinstance(model, nn.Module):
            raise ValueError('{} is not a valid RNN model.'.format(model.__class__.__name__))
        self.rnn_type_or_module = model
        self.dropout = dropout
        self.hidden_dim = hidden_dim
        self.input_chunk_length = input_chunk_length
        self.training_length = training_length
        self.model = None

    def _create_model(self, input_dim: int, output_dim: int) -> torch.nn.Module:
        if self.rnn_type_or_module in ['RNN', 'LSTM', 'GRU']:
            model = _RNNModule(name=self.rnn_type_or_module, input_size=input_dim,
                               target_size=output_dim, hidden_dim=self.hidden_dim,
                               dropout=self.dropout)
        else:
            model = self.rnn_type_or_module
        return model

    def fit(self, series: torch.Tensor, covariates: torch.Tensor = None, epochs: int = 1):
        target = series if covariates is None else torch.cat([series, covariates], dim=-1)
        self.model = self._create_model(target.shape[-1], series.shape[-1])
        optimizer = torch.optim.Adam(self.model.parameters(), lr=1e-3)
        for _ in range(epochs):
            inputs, labels = target[:, :-1], series[:, 1:]
            loss = nn.functional.mse_loss(self.model(inputs)[0], labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        return self


def probe():
    series = torch.randn(4, 24, 1)
    covariates = torch.randn(4, 24, 2)
    RNNModel(model='LSTM', hidden_dim=20, dropout=0.2).fit(series, covariates)


if __name__ == "__main__":
    probe()
