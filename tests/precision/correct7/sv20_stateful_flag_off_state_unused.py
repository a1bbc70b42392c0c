"""A Keras-like `stateful` option: the state made in __init__ for batch 1 is passed only when
stateful is on (the probe and the file's sites leave it off and feed batches of 8)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, stateful=False):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.stateful = stateful
        self.reset_state(1)

    def reset_state(self, batch):
        self.hidden = torch.zeros(1, batch, self.gru.hidden_size)

    def forward(self, x):
        out, h = self.gru(x, self.hidden if self.stateful else None)
        if self.stateful:
            self.hidden = h.detach()
        return out


def probe():
    model = Model(4, 6)
    assert model(torch.randn(8, 5, 4)).shape == (8, 5, 6)
    stream = Model(4, 6, stateful=True)
    for _ in range(3):
        assert stream(torch.randn(1, 5, 4)).shape == (1, 5, 6)
