# expect: LC009 line 17
"""rnn_type 'lstm' is built at the site, but forward hands the LSTM one tensor."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, rnn_type="gru"):
        super().__init__()
        self.hidden = hidden
        if rnn_type == "lstm":
            self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        else:
            self.rnn = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), self.hidden)  # fix: a pair (h0, c0) for the LSTM
        out, _ = self.rnn(x, h0)
        return out


encoder = Encoder(3, 6, rnn_type="lstm")


def probe():
    encoder(torch.randn(2, 5, 3))
