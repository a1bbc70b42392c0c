"""The state object always holds a tuple; the GRU is called with *state.hidden, which unpacks
the 1-tuple to h, and the LSTM with the tuple itself."""
import torch
import torch.nn as nn


class State:
    def __init__(self, hidden):
        self.hidden = hidden if isinstance(hidden, tuple) else (hidden,)


gru = nn.GRU(3, 4)
lstm = nn.LSTM(3, 4)


def probe():
    _, h = gru(torch.randn(5, 2, 3))
    s = State(h)
    out, _ = gru(torch.randn(2, 2, 3), *s.hidden)
    _, hc = lstm(torch.randn(5, 2, 3))
    t = State(hc)
    out2, _ = lstm(torch.randn(2, 2, 3), t.hidden)
    assert out.shape == out2.shape == (2, 2, 4)
