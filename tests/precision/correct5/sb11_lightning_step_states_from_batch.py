"""Lightning-like module: training_step and validation_step take batches of any size; the
states are built from the batch every step."""
import torch
import torch.nn as nn


class LitLSTM(nn.Module):
    def __init__(self, n_features=7, hidden_size=32, num_layers=2, dropout=0.2):
        super().__init__()
        self.hparams = dict(n_features=n_features, hidden_size=hidden_size, num_layers=num_layers)
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers, dropout=dropout, batch_first=True)
        self.linear = nn.Linear(hidden_size, 1)

    def forward(self, x):
        n = x.shape[0]
        h = torch.zeros(self.hparams["num_layers"], n, self.hparams["hidden_size"])
        c = torch.zeros(self.hparams["num_layers"], n, self.hparams["hidden_size"])
        out, _ = self.lstm(x, (h, c))
        return self.linear(out[:, -1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.mse_loss(self(x).squeeze(-1), y)

    def validation_step(self, batch, batch_idx):
        return self.training_step(batch, batch_idx)


def probe():
    model = LitLSTM()
    model.training_step((torch.randn(64, 20, 7), torch.randn(64)), 0)
    model.validation_step((torch.randn(5, 20, 7), torch.randn(5)), 0)
