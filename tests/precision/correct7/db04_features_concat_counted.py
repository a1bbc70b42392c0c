"""Per-step features concatenated from several arrays; the input width is their summed widths."""
import torch
import torch.nn as nn


def features(prices, volumes, calendar):
    return torch.cat([prices, volumes.unsqueeze(-1), calendar], dim=-1)


def probe():
    prices = torch.randn(8, 20, 4)
    volumes = torch.randn(8, 20)
    calendar = torch.randn(8, 20, 3)
    x = features(prices, volumes, calendar)
    n_features = prices.size(-1) + 1 + calendar.size(-1)
    lstm = nn.LSTM(n_features, 6, batch_first=True)
    out, _ = lstm(x)
    assert out.shape == (8, 20, 6)
