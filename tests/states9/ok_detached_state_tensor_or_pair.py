# torch: runs
# One detach helper serves a GRU (a tensor) and an LSTM (a pair), each state with the right
# rows and the batch second, as states always are.
import torch
from torch import nn


def detach_state(state):
    if not isinstance(state, torch.Tensor):
        return tuple(detach_state(part) for part in state)
    return state.detach()


class TwoTowers(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, num_layers=2, batch_first=True)
        self.lstm = nn.LSTM(6, 12, num_layers=3, batch_first=True)

    def forward(self, x):
        h = torch.zeros(2, x.size(0), 12)
        pair = (torch.zeros(3, x.size(0), 12), torch.zeros(3, x.size(0), 12))
        for _ in range(2):
            a, h = self.gru(x, detach_state(h))
            b, pair = self.lstm(x, detach_state(pair))
        return a + b


def probe():
    TwoTowers()(torch.randn(4, 7, 6))
