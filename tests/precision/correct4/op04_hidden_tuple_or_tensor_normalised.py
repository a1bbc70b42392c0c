"""`hidden = hidden[0] if isinstance(hidden, tuple) else hidden`: the head takes h whatever the
layer."""
import torch
import torch.nn as nn


class Head(nn.Module):
    def __init__(self, rnn: nn.Module, n_out: int):
        super().__init__()
        self.rnn = rnn
        self.fc = nn.Linear(rnn.hidden_size, n_out)

    def forward(self, x):
        _, hidden = self.rnn(x)
        hidden = hidden[0] if isinstance(hidden, tuple) else hidden
        return self.fc(hidden[-1])


def probe():
    for rnn in (nn.LSTM(3, 5, 2), nn.GRU(3, 5, 2), nn.RNN(3, 5)):
        result = Head(rnn, 2)(torch.randn(4, 6, 3)).shape
        assert result == (6, 2)
