"""AWD-LSTM style: per-layer LSTMs of varying size, each with its own state, zipped."""
import torch
import torch.nn as nn


class AWD(nn.Module):
    def __init__(self, emb=6, hidden=10, layers=3):
        super().__init__()
        self.sizes = [hidden if l != layers - 1 else emb for l in range(layers)]
        self.rnns = nn.ModuleList(
            [nn.LSTM(emb if l == 0 else hidden, self.sizes[l]) for l in range(layers)])

    def init_hidden(self, bsz):
        return [(torch.zeros(1, bsz, s), torch.zeros(1, bsz, s)) for s in self.sizes]

    def forward(self, x, hidden):
        new_hidden = []
        for rnn, h in zip(self.rnns, hidden):
            x, h = rnn(x, h)
            new_hidden.append(h)
        return x, new_hidden


def probe():
    m = AWD()
    h = m.init_hidden(3)
    for _ in range(2):
        out, h = m(torch.randn(5, 3, 6), h)
    assert out.shape == (5, 3, 6)
