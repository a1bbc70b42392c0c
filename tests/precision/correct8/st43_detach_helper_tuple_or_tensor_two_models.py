"""One detach helper for both state forms (`tuple(...) if isinstance(state, tuple) else
state.detach()`), used by an LSTM and a GRU model trained in the same loop."""
import torch
import torch.nn as nn


def detach_state(state):
    if isinstance(state, tuple):
        return tuple(s.detach() for s in state)
    return state.detach()


def train(models, batches):
    states = {name: None for name in models}
    for x in batches:
        for name, rnn in models.items():
            out, states[name] = rnn(x, states[name])
            states[name] = detach_state(states[name])
    return states


def probe():
    models = {"lstm": nn.LSTM(4, 6, 2), "gru": nn.GRU(4, 6, 2)}
    states = train(models, [torch.randn(5, 3, 4) for _ in range(3)])
    assert isinstance(states["lstm"], tuple) and states["gru"].shape == (2, 3, 6)
