"""A factory returns the layer and its output width together; three sites build layers of
different kinds and directions, each head takes the width its own call returned."""
import torch
import torch.nn as nn


def recurrent(kind, n_in, hidden, bidirectional):
    layer = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}[kind](
        n_in, hidden, batch_first=True, bidirectional=bidirectional)
    return layer, hidden * (2 if bidirectional else 1)


class Ensemble(nn.Module):
    def __init__(self, n_in):
        super().__init__()
        specs = [("lstm", 8, True), ("gru", 12, False), ("rnn", 5, True)]
        rnns, heads = [], []
        for kind, hidden, bidir in specs:
            rnn, width = recurrent(kind, n_in, hidden, bidir)
            rnns.append(rnn)
            heads.append(nn.Linear(width, 1))
        self.rnns, self.heads = nn.ModuleList(rnns), nn.ModuleList(heads)

    def forward(self, x):
        return sum(head(rnn(x)[0][:, -1]) for rnn, head in zip(self.rnns, self.heads))


def probe():
    assert Ensemble(4)(torch.randn(2, 6, 4)).shape == (2, 1)
