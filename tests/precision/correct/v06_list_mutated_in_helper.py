"""A helper appends to the list it is given; the module list grows by one."""
import torch
import torch.nn as nn

FEATURES = ["load", "temp"]


def add_calendar(cols):
    cols.append("hour")
    cols.extend(["weekday"])


add_calendar(FEATURES)
lstm = nn.LSTM(len(FEATURES), 6, batch_first=True)


def probe():
    lstm(torch.randn(2, 8, 4))
