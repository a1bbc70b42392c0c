"""A model-building function with a nested helper that closes over the hidden size; the
nested helper makes both the layer and its bidirectional head."""
import torch
import torch.nn as nn


def make_model(n_in, hidden, n_out):
    def block(bidirectional):
        rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        width = hidden * (2 if bidirectional else 1)
        return nn.ModuleDict({"rnn": rnn, "fc": nn.Linear(width, n_out)})

    return nn.ModuleList([block(False), block(True)])


def run(blocks, x):
    return [b["fc"](b["rnn"](x)[0]) for b in blocks]


def probe():
    outs = run(make_model(4, 6, 2), torch.randn(3, 5, 4))
    assert all(o.shape == (3, 5, 2) for o in outs)
