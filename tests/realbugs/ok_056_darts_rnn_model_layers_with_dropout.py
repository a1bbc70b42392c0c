# source: https://github.com/unit8co/darts/blob/master/darts/models/forecasting/rnn_model.py
"""darts' RNNModel after "reintroduced n_rnn_layers parameter" (bug_130's answer): the recurrent
module is picked by name with getattr(nn, name) and built with the user's layer count, so a
dropout only reaches the RNN when there is a layer after the first to apply it to; a one-layer
model is built with dropout 0 and the dropout is kept for the Linear head."""
import torch
import torch.nn as nn


class _RNNModule(nn.Module):
    def __init__(self, name, input_size, hidden_dim, num_layers, target_size=1, dropout=0.):
        super(_RNNModule, self).__init__()
        self.target_size = target_size
        rnn_dropout = dropout if num_layers > 1 else 0.
        self.rnn = getattr(nn, name)(input_size, hidden_dim, num_layers, batch_first=True, dropout=rnn_dropout)
        self.dropout = nn.Dropout(dropout)
        self.V = nn.Linear(hidden_dim, target_size)

    def forward(self, x, h=None):
        batch_size = x.size(0)
        out, last_hidden_state = self.rnn(x) if h is None else self.rnn(x, h)
        predictions = self.V(self.dropout(out))
        return predictions.view(batch_size, -1, self.target_size), last_hidden_state


class RNNModel:
    def __init__(self, model='RNN', hidden_dim=25, n_rnn_layers=1, dropout=0.):
        self.rnn_type_or_module = model
        self.hidden_dim = hidden_dim
        self.n_rnn_layers = n_rnn_layers
        self.dropout = dropout

    def _create_model(self, input_dim, output_dim):
        return _RNNModule(name=self.rnn_type_or_module, input_size=input_dim, target_size=output_dim,
                          hidden_dim=self.hidden_dim, num_layers=self.n_rnn_layers, dropout=self.dropout)

    def fit(self, series, covariates=None):
        target = series if covariates is None else torch.cat([series, covariates], dim=-1)
        self.model = self._create_model(target.shape[-1], series.shape[-1])
        predictions, _ = self.model(target[:, :-1])
        nn.functional.mse_loss(predictions, series[:, 1:]).backward()
        return self


def probe():
    series, covariates = torch.randn(4, 24, 1), torch.randn(4, 24, 2)
    RNNModel(model='LSTM', hidden_dim=20, n_rnn_layers=1, dropout=0.2).fit(series, covariates)
    RNNModel(model='GRU', hidden_dim=20, n_rnn_layers=3, dropout=0.2).fit(series)


if __name__ == "__main__":
    probe()
