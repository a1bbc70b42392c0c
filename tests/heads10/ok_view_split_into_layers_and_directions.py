"""A final state viewed as (layers, directions, batch, hidden), the layout torch documents, and
the last layer's two directions joined for the head; and a one-layer GRU whose state is
viewed as one row per sample, which holds."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_feat, hidden, num_layers):
        super().__init__()
        self.hidden, self.num_layers = hidden, num_layers
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=num_layers, bidirectional=True)
        self.single = nn.GRU(n_feat, hidden)
        self.proj = nn.Linear(2 * hidden, hidden)
        self.gate = nn.Linear(hidden, hidden)

    def forward(self, seq):
        batch = seq.size(1)
        _, (h, _) = self.lstm(seq)
        last = h.view(self.num_layers, 2, batch, self.hidden)[-1]
        joined = torch.cat([last[0], last[1]], dim=1)
        _, g = self.single(seq)
        return self.proj(joined) * torch.sigmoid(self.gate(g.view(batch, self.hidden)))


def probe():
    Encoder(n_feat=10, hidden=12, num_layers=3)(torch.randn(7, 3, 10))
