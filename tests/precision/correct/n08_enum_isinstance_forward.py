"""__init__ chooses by string; forward asks isinstance(self.rnn, nn.LSTM)."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_in, hidden, rnn_type="lstm", layers=2):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        if rnn_type.lower() == "lstm":
            self.rnn = nn.LSTM(n_in, hidden, layers, batch_first=True)
        else:
            self.rnn = nn.GRU(n_in, hidden, layers, batch_first=True)

    def forward(self, x):
        h = torch.zeros(self.layers, x.size(0), self.hidden)
        if isinstance(self.rnn, nn.LSTM):
            out, _ = self.rnn(x, (h, torch.zeros_like(h)))
        else:
            out, _ = self.rnn(x, h)
        return out


def probe():
    x = torch.randn(2, 5, 3)
    for kind in ("LSTM", "gru"):
        assert Tagger(3, 4, kind)(x).shape == (2, 5, 4)
