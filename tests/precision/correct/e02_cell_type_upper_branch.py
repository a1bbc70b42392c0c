"""cell_type compared in upper case; the GRU branch takes a tensor, the LSTM branch a pair."""
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self, n_feats, hidden, n_tags, cell_type="LSTM"):
        super().__init__()
        self.cell_type = cell_type.upper()
        if self.cell_type == "LSTM":
            self.rnn = nn.LSTM(n_feats, hidden)
        elif self.cell_type == "GRU":
            self.rnn = nn.GRU(n_feats, hidden)
        else:
            raise ValueError(f"unknown cell type {cell_type}")
        self.hidden = hidden
        self.out = nn.Linear(hidden, n_tags)

    def forward(self, x):
        h0 = x.new_zeros(1, x.size(1), self.hidden)
        if self.cell_type == "LSTM":
            y, _ = self.rnn(x, (h0, h0.clone()))
        else:
            y, _ = self.rnn(x, h0)
        return self.out(y)


model = Tagger(5, 16, 9, cell_type="gru")


def probe():
    x = torch.randn(11, 3, 5)
    assert model(x).shape == (11, 3, 9)
    assert Tagger(5, 16, 9)(x).shape == (11, 3, 9)
