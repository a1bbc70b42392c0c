"""The rnn_type string decides the layer, the state's form and how the result is unpacked, on
branches of the same test (pytorch-kaldi / older tutorials' style)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, rnn_type, n_in, hidden):
        super().__init__()
        self.rnn_type = rnn_type
        if rnn_type == "lstm":
            self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        else:
            self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.hidden = hidden

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), self.hidden)
        if self.rnn_type == "lstm":
            out, (h, c) = self.rnn(x, (h0, h0.clone()))
        else:
            out, h = self.rnn(x, h0)
        return out, h


def probe():
    for kind in ("lstm", "gru"):
        out, h = Encoder(kind, 3, 5)(torch.randn(2, 6, 3))
        assert out.shape == (2, 6, 5) and h.shape == (1, 2, 5)
