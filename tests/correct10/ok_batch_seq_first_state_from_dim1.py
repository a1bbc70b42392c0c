"""A sequence-first GRU takes its state's batch from x.size(1), though the module keeps a
batch size for its scheduler."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=10, hidden=15, batch_size=32):
        super().__init__()
        self.batch_size = batch_size
        self.hidden = hidden
        self.gru = nn.GRU(n_in, hidden)

    def forward(self, x):
        h0 = torch.zeros(1, x.size(1), self.hidden, device=x.device)
        return self.gru(x, h0)[1]


def probe():
    Encoder()(torch.randn(9, 32, 10))
    Encoder()(torch.randn(9, 7, 10))
