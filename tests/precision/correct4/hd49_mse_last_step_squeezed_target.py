"""A forecaster's (B, 1) prediction squeezed to (B,) for MSELoss against (B,) targets, and a
2-D one compared with 2-D targets."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 8, num_layers=2, batch_first=True)
head = nn.Linear(8, 1)
criterion = nn.MSELoss()

x, y = torch.randn(5, 12, 3), torch.randn(5)
out, (h_n, _) = lstm(x)
pred = head(h_n[-1]).squeeze(-1)
loss = criterion(pred, y)
loss_2d = criterion(head(out[:, -1]), y.unsqueeze(1))


def probe():
    assert loss.dim() == 0 and loss_2d.dim() == 0
