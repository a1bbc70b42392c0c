"""`n_samples, n_timesteps, n_features = X.shape` on data made in the file; the model uses
n_features, the states use the batch's own size."""
import torch
import torch.nn as nn

X = torch.randn(32, 14, 9)
n_samples, n_timesteps, n_features = X.shape


class Model(nn.Module):
    def __init__(self, n_features, hidden=12, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.lstm = nn.LSTM(n_features, hidden, layers, batch_first=True, dropout=0.1)

    def forward(self, x):
        h0 = torch.zeros(self.layers, x.shape[0], self.hidden)
        return self.lstm(x, (h0, h0.clone()))[0]


def probe():
    result = Model(n_features)(X[:5]).shape
    assert result == (5, n_timesteps, 12)
