"""States made with x.new_zeros from the input's own batch dim (batch_first)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, bidirectional=True):
        super().__init__()
        self.num_directions = 2 if bidirectional else 1
        self.num_layers, self.hidden_size = num_layers, hidden_size
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True,
                           bidirectional=bidirectional)

    def forward(self, x):
        shape = (self.num_layers * self.num_directions, x.size(0), self.hidden_size)
        h0, c0 = x.new_zeros(shape), x.new_zeros(shape)
        return self.rnn(x, (h0, c0))


def probe():
    Encoder(4, 6, 2)(torch.randn(3, 5, 4))
    Encoder(4, 6, 1, bidirectional=False)(torch.randn(1, 5, 4))
