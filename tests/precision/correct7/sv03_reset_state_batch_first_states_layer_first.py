"""reset_state(batch) on self for a batch_first GRU: states are still (layers, batch, hidden)."""
import torch
import torch.nn as nn


class StatefulGRU(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True)
        self.layers, self.hidden_size = layers, hidden
        self.state = None

    def reset_state(self, batch_size):
        self.state = torch.zeros(self.layers, batch_size, self.hidden_size)

    def forward(self, x):
        if self.state is None or self.state.size(1) != x.size(0):
            self.reset_state(x.size(0))
        out, state = self.gru(x, self.state)
        self.state = state.detach()
        return out


def probe():
    model = StatefulGRU(3, 7, 2)
    model.reset_state(4)
    for _ in range(3):
        assert model(torch.randn(4, 5, 3)).shape == (4, 5, 7)
    assert model(torch.randn(2, 5, 3)).shape == (2, 5, 7)
