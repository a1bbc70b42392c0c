"""States made with the input's `new_zeros` and `new` (then zero_) so they follow the input's
device and dtype: (layers * directions, B, H) in both."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.rows = layers * 2

    def forward(self, x):
        batch = x.size(1)
        h = x.new_zeros(self.rows, batch, self.rnn.hidden_size)
        c = x.new(self.rows, batch, self.rnn.hidden_size).zero_()
        return self.rnn(x, (h, c))[0]


def probe():
    assert Net(3, 6, 2)(torch.randn(5, 4, 3)).shape == (5, 4, 12)
