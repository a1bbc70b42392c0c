# source: https://github.com/pytorch/pytorch/issues/106769
# torch: ValueError: GRUCell: Expected hidden to be 1D or 2D, got 5D instead
# torch.nn.GRUCell given a hidden state with more dims than one layer's (N, hidden_size).
import torch


def probe():
    m = torch.nn.GRUCell(1, 1)
    input = torch.randn(1, 1)
    hx = torch.randn(1, 1, 5, 127, 1)  # fix: hx = torch.randn(1, 1)
    hx = m(input, hx)
