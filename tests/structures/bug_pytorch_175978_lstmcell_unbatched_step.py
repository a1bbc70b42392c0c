# source: https://github.com/pytorch/pytorch/issues/175978
# torch: segmentation fault
# An LSTMCell stepped over input[i] of a (6, input_size) matrix: each step is one unbatched
# vector while the states are batched (3, hidden_size); torch crashes.
import torch


def probe():
    input_size = 5
    hidden_size = 3
    input = torch.randn(6, input_size)  # fix: torch.randn(6, 3, input_size), a batch of 3 per step
    hx = torch.randn(3, hidden_size)
    cx = torch.randn(3, hidden_size)
    lstm = torch.nn.LSTMCell(input_size, hidden_size)
    for i in range(6):
        (hx, cx) = lstm(input[i], (hx, cx))
