"""The projection put into the Sequential is bound twice, one per direction setting: which
one the Sequential holds is the flag's, and the walk leaves it unknown (each is right)."""
import torch
import torch.nn as nn


class Masker(nn.Module):
    def __init__(self, in_chan=20, hidden=30, n_src=2, bidirectional=True):
        super().__init__()
        self.rnn = nn.LSTM(in_chan, hidden, batch_first=True, bidirectional=bidirectional)
        if bidirectional:
            net_out = nn.Linear(2 * hidden, n_src * in_chan)
        else:
            net_out = nn.Linear(hidden, n_src * in_chan)
        self.first_out = nn.Sequential(nn.PReLU(), net_out)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.first_out(out)


def probe():
    Masker()(torch.randn(2, 11, 20))
    Masker(bidirectional=False)(torch.randn(2, 11, 20))
