"""OpenNMT's StackedGRU: GRUCells in a ModuleList; its state travels as a 1-tuple (h,) and is
unpacked before the cells see it."""
import torch
import torch.nn as nn


class StackedGRU(nn.Module):
    def __init__(self, num_layers, input_size, rnn_size, dropout):
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.num_layers = num_layers
        self.layers = nn.ModuleList()
        for _ in range(num_layers):
            self.layers.append(nn.GRUCell(input_size, rnn_size))
            input_size = rnn_size

    def forward(self, input_feed, hidden):
        h_1 = []
        for i, layer in enumerate(self.layers):
            h_1_i = layer(input_feed, hidden[0][i])
            input_feed = h_1_i
            if i + 1 != self.num_layers:
                input_feed = self.dropout(input_feed)
            h_1 += [h_1_i]
        return input_feed, (torch.stack(h_1),)


def probe():
    stack = StackedGRU(2, 5, 9, 0.0)
    hidden = (torch.zeros(2, 3, 9),)
    out, hidden = stack(torch.randn(3, 5), hidden)
    out, hidden = stack(torch.randn(3, 5), hidden)
    assert out.shape == (3, 9) and hidden[0].shape == (2, 3, 9)
