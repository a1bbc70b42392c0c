"""The feature list grows with an option; the input width is len(features) of the same list the
data is built from."""
import torch
import torch.nn as nn


def feature_names(use_calendar):
    names = ["price", "volume"]
    if use_calendar:
        names.append("weekday")
        names.append("month")
    return names


def make_batch(names, batch, steps):
    return torch.stack([torch.randn(batch, steps) for _ in names], dim=-1)


def probe():
    for use_calendar in (False, True):
        names = feature_names(use_calendar)
        lstm = nn.LSTM(len(names), 8, batch_first=True)
        out, _ = lstm(make_batch(names, 3, 6))
        assert out.shape == (3, 6, 8)
