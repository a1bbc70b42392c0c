# source: https://github.com/pytorch/pytorch/issues/193823
# torch: segmentation fault
# torch.nn.LSTMCell segfaults when given one tensor where the pair (h, c) belongs.
import torch


def probe():
    lstm_cell = torch.nn.LSTMCell(input_size=3, hidden_size=3)
    lstm_cell(torch.randn(3), torch.zeros(2, 3, 3))  # fix: pass (h, c), each (3,)
