# source: https://github.com/OpenNMT/OpenNMT-py/issues/132
# torch: ValueError: GRUCell: Expected hidden to be 1D or 2D, got 3D instead
# training breaks with -rnn_type GRU in StackedGRU: each GRUCell is handed hidden[i] of the
# decoder state, a tuple that holds the whole (layers, batch, rnn_size) state, so the first
# cell gets all layers at once.
import torch
import torch.nn as nn


class StackedGRU(nn.Module):
    def __init__(self, num_layers, input_size, rnn_size):
        super().__init__()
        self.layers = nn.ModuleList()
        for _ in range(num_layers):
            self.layers.append(nn.GRUCell(input_size, rnn_size))
            input_size = rnn_size

    def forward(self, input, hidden):
        h_1 = []
        for i, layer in enumerate(self.layers):
            h_1_i = layer(input, hidden[i])  # fix: hidden[0][i], the i-th layer of the state
            input = h_1_i
            h_1 += [h_1_i]
        return input, (torch.stack(h_1),)


def probe():
    rnn = StackedGRU(2, 8, 16)
    state = (torch.zeros(2, 3, 16),)
    rnn(torch.zeros(3, 8), state)
