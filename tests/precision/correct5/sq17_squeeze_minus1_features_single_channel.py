"""A (B, L, 1) univariate series: squeeze(-1) makes (B, L) for a loss, while the LSTM gets
the (B, L, 1) tensor itself."""
import torch
import torch.nn as nn

lstm = nn.LSTM(1, 8, batch_first=True)
fc = nn.Linear(8, 1)


def loss_on(series):
    out, _ = lstm(series[:, :-1])
    pred = fc(out).squeeze(-1)
    return nn.functional.mse_loss(pred, series[:, 1:].squeeze(-1))


def probe():
    loss_on(torch.randn(1, 20, 1)).backward()
