"""Numeric columns and a one-hot categorical column joined; input_size is read from the joined
tensor's last dim."""
import torch
import torch.nn as nn
import torch.nn.functional as F

numeric = torch.randn(60, 24, 3)
category = torch.randint(0, 5, (60, 24))
features = torch.cat([numeric, F.one_hot(category, 5).float()], dim=-1)

model = nn.LSTM(features.shape[-1], 12, num_layers=2, dropout=0.2, batch_first=True)


def probe():
    out, _ = model(features[:10])
    assert out.shape == (10, 24, 12)
