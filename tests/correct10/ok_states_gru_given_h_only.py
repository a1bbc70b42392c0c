"""An encoder switchable between LSTM and GRU unpacks the LSTM's (h, c) and hands the GRU
its single tensor."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=8, hidden=16, cell="gru"):
        super().__init__()
        self.cell = cell
        rnn = nn.LSTM if cell == "lstm" else nn.GRU
        self.rnn = rnn(n_in, hidden, batch_first=True)
        self.hidden = hidden

    def forward(self, x):
        h0 = x.new_zeros(1, x.size(0), self.hidden)
        state = (h0, torch.zeros_like(h0)) if self.cell == "lstm" else h0
        out, state = self.rnn(x, state)
        return out


def probe():
    Encoder(cell="gru")(torch.randn(3, 5, 8))
    Encoder(cell="lstm")(torch.randn(3, 5, 8))
