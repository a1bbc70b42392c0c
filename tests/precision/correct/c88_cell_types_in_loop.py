"""A benchmark loop over layer kinds; the state helper checks the kind with isinstance."""
import torch
import torch.nn as nn


def init_state(rnn, batch):
    h = torch.zeros(rnn.num_layers, batch, rnn.hidden_size)
    return (h, torch.zeros_like(h)) if isinstance(rnn, nn.LSTM) else h


def benchmark(batch=4, steps=6, features=5, hidden=8):
    results = {}
    for kind in ["RNN", "GRU", "LSTM"]:
        rnn = getattr(nn, kind)(features, hidden, num_layers=2)
        out, _ = rnn(torch.randn(steps, batch, features), init_state(rnn, batch))
        results[kind] = out.shape
    return results


def probe():
    assert all(shape == (6, 4, 8) for shape in benchmark().values())
