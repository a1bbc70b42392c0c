"""Inputs are the sensor columns plus two time features; input_size adds them the same way."""
import torch
import torch.nn as nn

SENSORS = ["t1", "t2", "p", "rh"]
TIME_FEATURES = 2


def make_batch(b, t):
    x = torch.randn(b, t, len(SENSORS))
    time = torch.randn(b, t, TIME_FEATURES)
    return torch.cat([x, time], -1)


model = nn.GRU(len(SENSORS) + TIME_FEATURES, 16, batch_first=True)


def probe():
    model(make_batch(3, 24))
