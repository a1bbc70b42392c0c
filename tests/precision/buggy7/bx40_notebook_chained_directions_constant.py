# expect: LC009 line 32
"""A notebook export: utilities that name no layer, then a directions constant that ignores the
bidirectional flag; the states are built with it."""
import math
import statistics

import torch
import torch.nn as nn

# In[1]:
def moving_average(values, window):
    return [statistics.mean(values[max(0, i - window + 1):i + 1]) for i in range(len(values))]


def rmse(pred, true):
    return math.sqrt(sum((p - t) ** 2 for p, t in zip(pred, true)) / len(pred))


def format_row(name, score):
    return f"{name:<12}{score:8.3f}"


def summarize(scores):
    best = min(scores, key=scores.get)
    return "\n".join(format_row(k, v) for k, v in scores.items()) + f"\nbest: {best}"


# In[2]:
HIDDEN = 16
LAYERS = 2
BIDIRECTIONAL = True
DIRECTIONS = 1  # fix: 2 if BIDIRECTIONAL else 1

# In[3]:
rnn = nn.LSTM(3, HIDDEN, LAYERS, bidirectional=BIDIRECTIONAL, batch_first=True)


def probe():
    x = torch.randn(5, 7, 3)
    h0 = torch.zeros(LAYERS * DIRECTIONS, x.size(0), HIDDEN)
    rnn(x, (h0, torch.zeros_like(h0)))
