# expect: LC008 line 16
"""Two time features are appended to the sensors, but input_size counts the sensors only."""
import torch
import torch.nn as nn

SENSORS = ["t1", "t2", "p", "rh"]
TIME_FEATURES = 2


def make_batch(b, t):
    x = torch.randn(b, t, len(SENSORS))
    time = torch.randn(b, t, TIME_FEATURES)
    return torch.cat([x, time], -1)


model = nn.GRU(len(SENSORS), 16, batch_first=True)  # fix: len(SENSORS) + TIME_FEATURES


def probe():
    model(make_batch(3, 24))
