"""The output projection built first and put into a Sequential by name, sized for both
directions of the BiLSTM it reads."""
import torch
import torch.nn as nn


class Masker(nn.Module):
    def __init__(self, in_chan=20, hidden=30, n_src=2):
        super().__init__()
        self.rnn = nn.LSTM(in_chan, hidden, batch_first=True, bidirectional=True)
        net_out = nn.Linear(2 * hidden, n_src * in_chan)
        self.first_out = nn.Sequential(nn.PReLU(), net_out)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.first_out(out)


def probe():
    Masker()(torch.randn(2, 11, 20))
