"""A notebook export: plotting/metrics utilities that name no layer, then sizes chained through
module constants (one reassigned), a bidirectional layer and states built from them."""
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


LOG = []
EPOCH_SCORES = {"run_a": 0.31, "run_b": 0.29}
REPORT = summarize(EPOCH_SCORES)

# In[2]:
BASE = 4
HIDDEN = BASE * 4
HIDDEN = HIDDEN * 2  # a wider model after the first try
LAYERS = 2
BIDIRECTIONAL = True
DIRECTIONS = 2 if BIDIRECTIONAL else 1

# In[3]:
rnn = nn.LSTM(3, HIDDEN, LAYERS, bidirectional=BIDIRECTIONAL, batch_first=True)
head = nn.Linear(DIRECTIONS * HIDDEN, 1)


def probe():
    x = torch.randn(5, 7, 3)
    h0 = torch.zeros(LAYERS * DIRECTIONS, x.size(0), HIDDEN)
    out, _ = rnn(x, (h0, torch.zeros_like(h0)))
    assert head(out[:, -1]).shape == (5, 1)
