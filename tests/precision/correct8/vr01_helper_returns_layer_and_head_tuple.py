"""A method returns a (layer, head) pair, unpacked into attributes; the head was sized in the
helper for the layer it built."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, bidirectional):
        super().__init__()
        self.rnn, self.head = self._build(n_in, hidden, bidirectional)

    @staticmethod
    def _build(n_in, hidden, bidirectional):
        rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        head = nn.Linear(hidden * 2 if bidirectional else hidden, 2)
        return rnn, head

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def probe():
    for b in (True, False):
        assert Model(3, 8, b)(torch.randn(4, 5, 3)).shape == (4, 2)
