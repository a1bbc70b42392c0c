"""A benchmark loop over class names: `getattr(nn, name)` for RNN, GRU and LSTM built with the
same sizes and fed the same batch, no state passed."""
import time

import torch
import torch.nn as nn


def benchmark(names=("RNN", "GRU", "LSTM"), n_in=8, hidden=16):
    x = torch.randn(4, 30, n_in)
    timings = {}
    for name in names:
        layer = getattr(nn, name)(n_in, hidden, num_layers=2, batch_first=True)
        start = time.perf_counter()
        out, _ = layer(x)
        timings[name] = (time.perf_counter() - start, tuple(out.shape))
    return timings


def probe():
    result = benchmark()
    assert all(shape == (4, 30, 16) for _, shape in result.values())
