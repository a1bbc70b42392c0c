"""Lightning style: hyperparameters kept in self.hparams (a dict here), read where the layers are built."""
import torch
import torch.nn as nn


class LitModel(nn.Module):
    def __init__(self, n_features=1, hidden_size=64, num_layers=1, dropout=0.0, lr=1e-3):
        super().__init__()
        self.hparams = dict(n_features=n_features, hidden_size=hidden_size,
                            num_layers=num_layers, dropout=dropout, lr=lr)
        self.lstm = nn.LSTM(input_size=self.hparams["n_features"],
                            hidden_size=self.hparams["hidden_size"],
                            num_layers=self.hparams["num_layers"],
                            dropout=self.hparams["dropout"], batch_first=True)
        self.linear = nn.Linear(self.hparams["hidden_size"], 1)

    def forward(self, x):
        lstm_out, _ = self.lstm(x)
        return self.linear(lstm_out[:, -1])


def probe():
    model = LitModel(n_features=7, hidden_size=20, num_layers=2, dropout=0.2)
    out = model(torch.randn(8, 12, 7))
    assert out.shape == (8, 1)
