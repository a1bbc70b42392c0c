# expect: LC009 line 19
"""fastai-style `_one_hidden(l)` for bidirectional one-layer LSTMs of nh // n_dir, made with
nh, not nh // n_dir."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, emb_sz, n_hid, n_layers):
        super().__init__()
        self.n_dir, self.n_hid, self.emb_sz, self.n_layers = 2, n_hid, emb_sz, n_layers
        self.rnns = nn.ModuleList([nn.LSTM(emb_sz if l == 0 else n_hid,
                                           (n_hid if l != n_layers - 1 else emb_sz) // 2, 1,
                                           batch_first=True, bidirectional=True)
                                   for l in range(n_layers)])

    def _one_hidden(self, l, bs):
        nh = self.n_hid if l != self.n_layers - 1 else self.emb_sz
        return torch.zeros(self.n_dir, bs, nh)  # fix: nh // self.n_dir

    def forward(self, x):
        for l, rnn in enumerate(self.rnns):
            h = self._one_hidden(l, x.size(0))
            x, _ = rnn(x, (h, h))
        return x


def probe():
    Encoder(20, 30, 2)(torch.randn(3, 5, 20))
