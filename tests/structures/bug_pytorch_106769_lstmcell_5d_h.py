# source: https://github.com/pytorch/pytorch/issues/106769 (the LSTMCell comment)
# torch: ValueError: LSTMCell: Expected hx[0] to be 1D or 2D, got 5D instead
# torch.nn.LSTMCell given an h with more dims than one layer's (N, hidden_size).
import torch


def probe():
    m = torch.nn.LSTMCell(1, 1)
    input = torch.randn(1, 1)
    hx = torch.randn(1, 1, 5, 127, 1)  # fix: hx = torch.randn(1, 1)
    cx = torch.randn(1, 1)
    hx, cx = m(input, (hx, cx))
