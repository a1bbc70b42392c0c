"""States kept on self in a dict keyed by stream id, reset when a stream starts."""
import torch
import torch.nn as nn


class StreamingModel(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.hidden = hidden
        self.states = {}

    def reset(self, stream):
        self.states[stream] = (torch.zeros(1, 1, self.hidden), torch.zeros(1, 1, self.hidden))

    def step(self, stream, chunk):
        if stream not in self.states:
            self.reset(stream)
        out, state = self.lstm(chunk, self.states[stream])
        self.states[stream] = tuple(s.detach() for s in state)
        return out


def probe():
    model = StreamingModel(4, 6)
    for stream in ("a", "b", "a"):
        assert model.step(stream, torch.randn(1, 3, 4)).shape == (1, 3, 6)
