# expect: LC008 line 13
"""A StackedLSTM whose every cell takes input_size: the second cell is fed the first's
hidden output (rnn_size)."""
import torch
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, num_layers, input_size, rnn_size):
        super().__init__()
        self.layers = nn.ModuleList()
        for _ in range(num_layers):
            self.layers.append(nn.LSTMCell(input_size, rnn_size))  # fix: input_size = rnn_size after each layer

    def forward(self, x, hidden):
        h_0, c_0 = hidden
        hs, cs = [], []
        for i, layer in enumerate(self.layers):
            h, c = layer(x, (h_0[i], c_0[i]))
            x = h
            hs.append(h)
            cs.append(c)
        return x, (torch.stack(hs), torch.stack(cs))


def probe():
    StackedLSTM(2, 5, 8)(torch.randn(3, 5), (torch.zeros(2, 3, 8), torch.zeros(2, 3, 8)))
