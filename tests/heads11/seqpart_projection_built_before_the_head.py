"""The output stage's activation is built first and put into a Sequential by name
(`nn.Sequential(prelu, nn.Linear(...))`; asteroid's DPTNet masker builds its output stage
from modules bound first, asteroid/masknn/attention.py); the projection after it was sized
for one direction of the BiLSTM it reads."""
import torch
import torch.nn as nn


class Masker(nn.Module):
    def __init__(self, in_chan=20, hidden=30, n_src=2):
        super().__init__()
        self.rnn = nn.LSTM(in_chan, hidden, batch_first=True, bidirectional=True)
        prelu = nn.PReLU()
        self.first_out = nn.Sequential(prelu,
                                       nn.Linear(hidden, n_src * in_chan))  # expect: LC007

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.first_out(out)


def probe():
    Masker()(torch.randn(2, 11, 20))
