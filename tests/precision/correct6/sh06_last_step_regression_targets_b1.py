"""A batch-first regressor on out[:, -1, :] with MSE against targets of shape (B, 1)."""
import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.linear = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.linear(out[:, -1, :])


def probe():
    model, loss_fn = Regressor(), nn.MSELoss()
    x, y = torch.randn(16, 30, 3), torch.randn(16, 1)
    loss = loss_fn(model(x), y)
    assert loss.dim() == 0
