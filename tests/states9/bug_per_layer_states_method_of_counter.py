# torch: RuntimeError: Expected hidden[0] size (2, 2, 16), got [1, 2, 16]
# A stack of one-layer bidirectional LSTMs gets one (h, c) per layer from a comprehension
# over range(layers) that asks a method for layer l's state; the method makes one row, and a
# bidirectional layer needs one per direction (fastai's AWD_LSTM `_one_hidden`, issue 2098).
import torch
import torch.nn as nn


class StackedBiLSTM(nn.Module):
    def __init__(self, n_in=8, hid=16, layers=3):
        super().__init__()
        self.layers, self.hid = layers, hid
        self.rnns = nn.ModuleList([nn.LSTM(n_in if l == 0 else 2 * hid, hid, bidirectional=True)
                                   for l in range(layers)])

    def one_hidden(self, l, bs):
        return torch.zeros(1, bs, self.hid)  # fix: torch.zeros(2, bs, self.hid): one row per direction

    def forward(self, x):
        hidden = [(self.one_hidden(l, x.size(1)), self.one_hidden(l, x.size(1))) for l in range(self.layers)]
        for l, rnn in enumerate(self.rnns):
            x, _ = rnn(x, hidden[l])
        return x


def probe():
    StackedBiLSTM()(torch.randn(5, 2, 8))
