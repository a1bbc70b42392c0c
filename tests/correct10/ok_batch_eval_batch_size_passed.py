"""Evaluation uses another batch size, and the model is given it at each call, so the state
is rebuilt for it."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_feat=3, hidden=8, layers=1):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.lstm = nn.LSTM(n_feat, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x, batch_size):
        h0 = torch.zeros(self.layers, batch_size, self.hidden)
        c0 = torch.zeros(self.layers, batch_size, self.hidden)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


def probe():
    model = Forecaster()
    train_bs, eval_bs = 16, 1
    model(torch.randn(train_bs, 10, 3), train_bs)
    with torch.no_grad():
        model(torch.randn(eval_bs, 10, 3), eval_bs)
