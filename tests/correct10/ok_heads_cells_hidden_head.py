"""An LSTMCell's hidden state feeds a head of hidden width at every step."""
import torch
import torch.nn as nn


class Controller(nn.Module):
    def __init__(self, n_in=5, hidden=11, n_actions=4):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.policy = nn.Linear(hidden, n_actions)

    def forward(self, obs, state=None):
        h, c = self.cell(obs, state)
        return self.policy(h), (h, c)


def probe():
    ctrl = Controller()
    state = None
    for _ in range(3):
        _, state = ctrl(torch.randn(2, 5), state)
