"""Keras-port style: input_size = X_train.shape[2] for (N, T, F) windows."""
import torch
import torch.nn as nn

X_train = torch.randn(64, 12, 7)
y_train = torch.randn(64, 1)


class Regressor(nn.Module):
    def __init__(self, input_size, hidden_size=20):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.dense = nn.Linear(hidden_size, 1)

    def forward(self, x):
        return self.dense(self.lstm(x)[0][:, -1])


model = Regressor(X_train.shape[2])


def probe():
    loss = nn.functional.mse_loss(model(X_train[:8]), y_train[:8])
    loss.backward()
