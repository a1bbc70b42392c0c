"""model.batch_size is changed for inference, and reset_states() re-makes the states with it:
the states always match the batch fed next."""
import torch
import torch.nn as nn


class StatefulGRU(nn.Module):
    def __init__(self, features, hidden, batch_size):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(features, hidden, batch_first=True)
        self.set_batch_size(batch_size)

    def set_batch_size(self, batch_size):
        self.batch_size = batch_size
        self.h = torch.zeros(1, batch_size, self.hidden)

    def forward(self, x):
        out, h = self.gru(x, self.h)
        self.h = h.detach()
        return out


def probe():
    model = StatefulGRU(3, 8, batch_size=16)
    model(torch.randn(16, 4, 3))
    model.set_batch_size(1)
    model(torch.randn(1, 4, 3))
