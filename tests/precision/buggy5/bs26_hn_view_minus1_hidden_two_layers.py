# expect: LC007 line 12
"""h_n of a 2-layer LSTM viewed as (-1, H) gives 2*B rows, fed to a head with B targets."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 6, num_layers=2, batch_first=True)
fc = nn.Linear(6, 1)


def forward(x):
    _, (h_n, _) = lstm(x)
    return fc(h_n.view(-1, 6))  # fix: h_n[-1]


def probe():
    nn.functional.mse_loss(forward(torch.randn(5, 4, 3)), torch.randn(5, 1))
