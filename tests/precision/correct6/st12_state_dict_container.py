"""Per-stream states kept in a dict keyed by stream id, each made for that stream's batch."""
import torch
import torch.nn as nn


class MultiStream(nn.Module):
    def __init__(self, n_in=3, hidden=4):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.states = {}

    def step(self, stream, x):
        state = self.states.get(stream)
        if state is None:
            zeros = torch.zeros(1, x.size(0), self.lstm.hidden_size)
            state = (zeros, zeros.clone())
        out, state = self.lstm(x, state)
        self.states[stream] = tuple(s.detach() for s in state)
        return out


def probe():
    m = MultiStream()
    out = m.step("a", torch.randn(2, 5, 3))
    assert out.shape == (2, 5, 4)
    out = m.step("b", torch.randn(6, 5, 3))
    assert out.shape == (6, 5, 4)
    out = m.step("a", torch.randn(2, 1, 3))
    assert out.shape == (2, 1, 4)
