"""OpenNMT's StackedLSTM: LSTMCells in a ModuleList, the first taking the input size and the
others the hidden size; the state is a pair of (layers, B, H) tensors indexed per layer."""
import torch
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, num_layers, input_size, rnn_size, dropout):
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.num_layers = num_layers
        self.layers = nn.ModuleList()
        for _ in range(num_layers):
            self.layers.append(nn.LSTMCell(input_size, rnn_size))
            input_size = rnn_size

    def forward(self, input_feed, hidden):
        h_0, c_0 = hidden
        h_1, c_1 = [], []
        for i, layer in enumerate(self.layers):
            h_1_i, c_1_i = layer(input_feed, (h_0[i], c_0[i]))
            input_feed = h_1_i
            if i + 1 != self.num_layers:
                input_feed = self.dropout(input_feed)
            h_1 += [h_1_i]
            c_1 += [c_1_i]
        return input_feed, (torch.stack(h_1), torch.stack(c_1))


def probe():
    stack = StackedLSTM(3, 7, 12, 0.2)
    state = (torch.zeros(3, 4, 12), torch.zeros(3, 4, 12))
    for _ in range(3):
        out, state = stack(torch.randn(4, 7), state)
    assert out.shape == (4, 12) and state[0].shape == (3, 4, 12)
