"""proj_size passed only to the LSTM through an extra-kwargs dict; the head reads the layer's
output width for each class."""
import torch
import torch.nn as nn

CLASSES = {"lstm": nn.LSTM, "gru": nn.GRU}


def build(kind, n_in, hidden, proj):
    extra = {"proj_size": proj} if kind == "lstm" else {}
    rnn = CLASSES[kind](n_in, hidden, batch_first=True, **extra)
    out_width = proj if kind == "lstm" else hidden
    return rnn, nn.Linear(out_width, 1)


def probe():
    for kind in CLASSES:
        rnn, head = build(kind, 4, 10, 6)
        out, _ = rnn(torch.randn(2, 5, 4))
        assert head(out).shape == (2, 5, 1)
