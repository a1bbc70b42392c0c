"""An LSTM state (h, c) walked with a loop counter to detach each part in place in a list."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 4, 2)


def probe():
    state = [torch.zeros(2, 5, 4), torch.zeros(2, 5, 4)]
    for _ in range(2):
        _, new = lstm(torch.randn(6, 5, 3), tuple(state))
        for i in range(2):
            state[i] = new[i].detach()
    assert state[1].shape == (2, 5, 4)
