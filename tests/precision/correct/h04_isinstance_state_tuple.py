"""detach_state works on a tensor or an (h, c) pair by checking isinstance(state, tuple)."""
import torch
from torch import nn


def detach_state(state):
    if isinstance(state, tuple):
        return tuple(s.detach() for s in state)
    return state.detach()


def train(rnn, chunks, batch):
    state = None
    for x in chunks:
        out, state = rnn(x, state)
        state = detach_state(state)
    return out


def probe():
    chunks = [torch.randn(5, 2, 3) for _ in range(3)]
    train(nn.LSTM(3, 4), chunks, 2)
    train(nn.GRU(3, 4, 2), chunks, 2)
