# expect: LC009 line 15
"""reset_state puts the batch first for a batch_first GRU: states stay (layers, batch, hidden)."""
import torch
import torch.nn as nn


class StatefulGRU(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True)
        self.layers, self.hidden_size = layers, hidden
        self.state = None

    def reset_state(self, batch_size):
        self.state = torch.zeros(batch_size, self.layers, self.hidden_size)  # fix: (self.layers, batch_size, ...)

    def forward(self, x):
        out, state = self.gru(x, self.state)
        self.state = state.detach()
        return out


def probe():
    model = StatefulGRU(3, 7, 2)
    model.reset_state(4)
    model(torch.randn(4, 5, 3))
