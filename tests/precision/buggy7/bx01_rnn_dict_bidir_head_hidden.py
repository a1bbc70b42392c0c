# expect: LC007 line 14
"""A layer class picked from a dict of classes; bidirectional, but the head takes hidden_size."""
import torch
import torch.nn as nn

RNN_TYPES = {"lstm": nn.LSTM, "gru": nn.GRU}


class Encoder(nn.Module):
    def __init__(self, rnn_type="lstm", input_size=16, hidden_size=32):
        super().__init__()
        self.rnn = RNN_TYPES[rnn_type](input_size, hidden_size, batch_first=True,
                                       bidirectional=True)
        self.out = nn.Linear(hidden_size, 4)  # fix: 2 * hidden_size

    def forward(self, x):
        output, _ = self.rnn(x)
        return self.out(output[:, -1])


def probe():
    Encoder("gru", 10, 12)(torch.randn(3, 7, 10))
