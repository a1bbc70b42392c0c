# source: https://github.com/microsoft/nni/issues/2091 (fixed by pull request #2107)
# torch: RuntimeError: hidden0 has inconsistent hidden_size: got 1, expected 4
# ENAS's StackedLSTMCell with lstm_num_layers=2: the next layer's input is curr_h[-1], one
# row of a (1, size) batch, a 1-D vector, while the states stay (1, size).
import torch
import torch.nn as nn


class StackedLSTMCell(nn.Module):
    def __init__(self, layers, size, bias):
        super().__init__()
        self.lstm_num_layers = layers
        self.lstm_modules = nn.ModuleList([nn.LSTMCell(size, size, bias=bias)
                                           for _ in range(self.lstm_num_layers)])

    def forward(self, inputs, hidden):
        prev_h, prev_c = hidden
        next_h, next_c = [], []
        for i, m in enumerate(self.lstm_modules):
            curr_h, curr_c = m(inputs, (prev_h[i], prev_c[i]))
            next_h.append(curr_h)
            next_c.append(curr_c)
            inputs = curr_h[-1]  # fix: curr_h[-1].view(1, -1)
        return next_h, next_c


def probe():
    cell = StackedLSTMCell(2, 4, True)
    state = [torch.zeros(1, 4), torch.zeros(1, 4)]
    cell(torch.zeros(1, 4), (state, state))
